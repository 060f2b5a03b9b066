"""The progress endpoints the admin pages poll: JSON for editors, refused to everyone else."""

import pytest
from django.utils import timezone

from broadsheet.editions.build import build_edition
from broadsheet.editions.models import Edition, EditionStatus
from broadsheet.newsletter.digest import build_issue
from broadsheet.newsletter.sending import fill_ledger, send_issue_now
from broadsheet.newsletter.setup import ensure_newsletters
from broadsheet.newsletter.testing import make_subscribers
from tests.conftest import mailers_for
from tests.editions.conftest import make_newspaper
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(newsroom):
    daily = ensure_newsletters()["daily-briefing"]
    make_article(make_section("World"), "Harbour talks resume")
    make_subscribers(3, [daily])
    return build_issue(daily, timezone.localdate())[0]


def test_issue_progress_counts_the_ledger(client, newsroom, issue, smtp_server, settings):
    settings.MAILERS = mailers_for(smtp_server)
    client.force_login(newsroom["editor"])
    url = f"/admin/newsletter/issues/{issue.pk}/progress/"
    waiting = client.get(url)
    assert waiting.status_code == 200 and "no-cache" in waiting["Cache-Control"]
    assert waiting.json() == {
        "status": "draft",
        "status_label": "Waiting to go",
        "queued": 0,
        "sent": 0,
        "failed": 0,
        "suppressed": 0,
        "total": 0,
        "finished": False,
    }
    fill_ledger(issue)
    send_issue_now(issue, limit=1)
    part = client.get(url).json()
    assert (part["status"], part["queued"], part["sent"], part["finished"]) == (
        "sending",
        2,
        1,
        False,
    )
    send_issue_now(issue)
    done = client.get(url).json()
    assert (done["status_label"], done["sent"], done["finished"]) == ("Submitted", 3, True)


def refused(response):
    """Wagtail's admin answers a refused permission with a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_issue_progress_is_refused_to_reporters(client, newsroom, issue):
    client.force_login(newsroom["reporter"])
    assert refused(client.get(f"/admin/newsletter/issues/{issue.pk}/progress/"))
    day = issue.day.isoformat()
    build = {"newsletter": issue.newsletter_id, "day": day}
    assert refused(client.post("/admin/newsletter/build/", build))
    client.logout()
    response = client.get(f"/admin/newsletter/issues/{issue.pk}/progress/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_building_an_issue_twice_opens_the_first(client, newsroom, issue):
    client.force_login(newsroom["editor"])
    day = issue.day.isoformat()
    response = client.post(
        "/admin/newsletter/build/", {"newsletter": issue.newsletter_id, "day": day}
    )
    assert response.status_code == 302 and response["Location"].endswith(f"/issues/{issue.pk}/")


def test_building_with_a_bad_day_says_so_and_builds_nothing(client, newsroom, issue):
    client.force_login(newsroom["editor"])
    response = client.post(
        "/admin/newsletter/build/",
        {"newsletter": issue.newsletter_id, "day": "tomorrow"},
        follow=True,
    )
    assert response.status_code == 200
    assert "Choose a newsletter and give the day as YYYY-MM-DD." in response.content.decode()
    assert type(issue).objects.count() == 1


def test_edition_progress_follows_the_build(client, newsroom):
    make_newspaper(stories_per_section=2, seed=5)
    edition = build_edition(page_count=4)
    client.force_login(newsroom["editor"])
    data = client.get(f"/admin/editions/{edition.pk}/progress/").json()
    assert data["status"] == "ready" and data["step"] == data["steps"] == 6
    assert data["finished"] and data["page_count"] == 4
    assert data["view_url"] == edition.get_absolute_url()
    Edition.objects.filter(pk=edition.pk).update(
        status=EditionStatus.BUILDING, build_step=3, build_stage="Printing the PDF"
    )
    data = client.get(f"/admin/editions/{edition.pk}/progress/").json()
    assert (data["stage"], data["percent"], data["finished"], data["view_url"]) == (
        "Printing the PDF",
        50,
        False,
        "",
    )
    client.force_login(newsroom["reporter"])
    assert refused(client.get(f"/admin/editions/{edition.pk}/progress/"))
