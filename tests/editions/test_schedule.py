"""The daily job, the task, the command's progress bar and the editor's running order."""

from datetime import datetime, time, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from broadsheet.editions.build import build_edition, get_or_plan_edition, plan_running_order
from broadsheet.editions.models import Edition, EditionRegion, EditionSettings, EditionStatus
from broadsheet.newsroom.schedule import run_due_jobs
from tests.factories import make_article, make_section

LONDON = ZoneInfo("Europe/London")


def at(day, hour, minute):
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def small_paper():
    news = make_section("News", "news")
    world = make_section("World", "world")
    opinion = make_section("Opinion", "opinion")
    long = ["A sentence about the council and its budget for the harbour bridge." * 6] * 6
    articles = [
        make_article(news, f"News item {n}", paragraphs=long, weight=5 - n) for n in range(4)
    ]
    articles += [make_article(world, f"World item {n}", paragraphs=long) for n in range(3)]
    articles.append(make_article(opinion, "Our view on bridges", kind="opinion", paragraphs=long))
    return articles


@pytest.mark.django_db
def test_daily_job_builds_at_the_set_time_in_the_papers_time_zone(edition_tasks):
    small_paper()
    site = Site.objects.get(is_default_site=True)
    settings = EditionSettings.for_site(site)
    settings.build_time = time(4, 30)
    settings.page_count = 4
    settings.save()
    tomorrow = timezone.localdate() + timedelta(days=1)
    with time_machine.travel(at(tomorrow, 4, 0), tick=False):
        assert "edition-build" not in run_due_jobs()
    assert not Edition.objects.exists()
    with time_machine.travel(at(tomorrow, 4, 31), tick=False):
        assert "edition-build" in run_due_jobs()
        assert "edition-build" not in run_due_jobs()  # once a day
    edition = Edition.objects.get()
    assert edition.date == tomorrow
    assert edition.status == EditionStatus.READY and edition.page_count == 4


@pytest.mark.django_db
def test_daily_job_can_be_switched_off(edition_tasks):
    small_paper()
    site = Site.objects.get(is_default_site=True)
    settings = EditionSettings.for_site(site)
    settings.build_enabled = False
    settings.save()
    with time_machine.travel(at(timezone.localdate() + timedelta(days=1), 23, 0), tick=False):
        assert "edition-build" not in run_due_jobs()


@pytest.mark.django_db
def test_command_shows_progress_and_rebuilding_replaces_the_files():
    small_paper()
    out = StringIO()
    call_command("build_edition", "--pages", "4", stdout=out)
    assert "[" in out.getvalue() and "6/6" in out.getvalue()
    assert "Built Edition 1" in out.getvalue()
    edition = Edition.objects.get()
    old_pdf = edition.pdf.name
    old_images = [p.image.name for p in edition.pages.all()]
    rebuilt = build_edition(edition.date, page_count=4)
    assert rebuilt.pk == edition.pk and rebuilt.number == 1
    assert rebuilt.pages.count() == 4
    storage = rebuilt.pdf.storage
    assert not storage.exists(old_pdf) or old_pdf == rebuilt.pdf.name
    assert all(
        not storage.exists(name)
        for name in old_images
        if name not in {p.image.name for p in rebuilt.pages.all()}
    )


@pytest.mark.django_db
def test_editors_running_order_leads_and_drops():
    articles = small_paper()
    day = articles[0].first_published_at.astimezone(LONDON).date()
    edition = get_or_plan_edition(day)
    plan_running_order(edition)
    entries = list(edition.stories.order_by("position"))
    # Put the last world story first, and drop the story that led.
    chosen = next(e for e in entries if e.article.title == "World item 2")
    first = entries[0]
    chosen.position, first.position = first.position, chosen.position
    chosen.save()
    first.dropped = True
    first.save()
    built = build_edition(day, page_count=4)
    front = EditionRegion.objects.filter(page__edition=built, page__number=1)
    assert front.order_by("top", "left").first().headline == "World item 2"
    assert not EditionRegion.objects.filter(page__edition=built, article=first.article).exists()


@pytest.mark.django_db
def test_no_edition_yet_is_a_friendly_404(client):
    small_paper()
    response = client.get("/epaper/")
    assert response.status_code == 404
    assert "not been printed yet" in response.content.decode()
