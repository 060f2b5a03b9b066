"""Article pages from their stored render: built at publish, refreshed on change, never wrong."""

import pytest
import time_machine
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from broadsheet.articles.models import ArticleRender, ChangeKind
from broadsheet.articles.tasks import refresh_renders
from broadsheet.photos.models import PhotoRendition
from tests.factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db

COLD_ARTICLE_QUERIES = 5


# Tasks wait in the database queue, as in production before the worker has run them.
QUEUED_TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "newsletter", "editions", "webhooks"],
    }
}


@pytest.fixture
def desk():
    news = make_section("News")
    reporter = make_person("Ada Lane")
    stories = [
        make_article(news, f"Harbour story {n}", authors=[reporter], tags=["Harbour"])
        for n in range(4)
    ]
    return {"news": news, "reporter": reporter, "stories": stories}


def text_of(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    return response.content.decode()


def test_publishing_stores_the_render_and_the_page_serves_it(client, desk):
    story = desk["stories"][0]
    render = ArticleRender.objects.get(article=story)
    assert render.revision_id == story.live_revision_id and not render.stale
    assert story.title in render.main and "application/ld+json" in render.head
    assert set(render.related_articles.all()) <= set(desk["stories"][1:])

    # The same second for both: the banner slot carries the time the page was rendered.
    with time_machine.travel(timezone.now(), tick=False):
        stored = text_of(client, story)
        render.delete()
        rendered = text_of(client, story)
    assert stored == rendered, "the stored copy must be the page the fallback renders"


def test_the_stored_copy_answers_on_the_readers_own_host(client, desk, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "paper.example"]
    story = desk["stories"][0]
    html = client.get(story.url, HTTP_HOST="paper.example").content.decode()
    assert f'href="http://paper.example{story.url}"' in html  # canonical link
    assert "broadsheet-origin.invalid" not in html


def test_a_cold_article_takes_five_queries_flat_as_the_archive_grows(client, desk):
    """Never-seen articles after the site-wide pieces are warm (a running site)."""
    client.get("/")

    def cold_counts(stories):
        counts = []
        for story in stories:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(story.url).status_code == 200
            counts.append(len(queries))
        return counts

    small = cold_counts(desk["stories"][:2])
    for n in range(15):
        make_article(desk["news"], f"More harbour news {n}", authors=[desk["reporter"]])
    client.get("/")
    large = cold_counts(desk["stories"][2:4])
    assert small == large, "the query count must not grow with the archive"
    assert max(large) <= COLD_ARTICLE_QUERIES, large


def test_a_correction_shows_at_once_and_the_render_is_rebuilt(client, desk):
    story = desk["stories"][1]
    story.change_kind = ChangeKind.CORRECTION
    story.change_note = "The harbour opened in 1921, not 1912."
    with override_settings(TASKS=QUEUED_TASKS):
        story.save_revision().publish()
        story.refresh_from_db()
        render = ArticleRender.objects.get(article=story)
        assert render.stale and render.revision_id != story.live_revision_id
        assert "not 1912" in text_of(client, story), "the page renders itself meanwhile"
    refresh_renders([story.pk])  # the worker's turn (the tests' tasks run at once)
    render = ArticleRender.objects.get(article=story)
    assert render.is_current_for(story) and "not 1912" in render.main
    assert "not 1912" in text_of(client, story)


def test_a_killed_story_leaves_the_related_lists_at_once(client, desk):
    killed = desk["stories"][2]
    showing = [
        story
        for story in desk["stories"]
        if ArticleRender.objects.filter(article=story, related_articles=killed).exists()
    ]
    assert showing, "the fixture's stories list each other as related"
    with override_settings(TASKS=QUEUED_TASKS):
        killed.unpublish()
        for story in showing:
            assert ArticleRender.objects.get(article=story).stale
            assert killed.title not in text_of(client, story)
    refresh_renders([story.pk for story in showing])  # the worker's turn
    for story in showing:
        render = ArticleRender.objects.get(article=story)
        assert not render.stale and killed.title not in render.related


def test_an_expired_related_story_is_left_out_before_the_scheduler_runs(client, desk):
    soon = desk["stories"][3]
    soon.expire_at = timezone.now() + timezone.timedelta(minutes=5)
    soon.save_revision().publish()
    showing = [s for s in desk["stories"] if s != soon and soon.title in text_of(client, s)]
    assert showing
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=10)):
        for story in showing:
            assert soon.title not in text_of(client, story)


def test_a_new_byline_name_refreshes_the_authors_stories(client, desk):
    desk["reporter"].name = "Ada Lane-Okafor"
    with override_settings(TASKS=QUEUED_TASKS):
        desk["reporter"].save()
        assert "Ada Lane-Okafor" in text_of(client, desk["stories"][0]), "at once, before the task"
    desk["reporter"].save()
    for story in desk["stories"]:
        assert "Ada Lane-Okafor" in ArticleRender.objects.get(article=story).main


def test_no_rendition_is_made_while_a_reader_waits(client, desk):
    client.get("/")
    before = PhotoRendition.objects.count()
    for story in desk["stories"]:
        client.get(story.url)
    client.get(desk["news"].url)
    client.get(desk["reporter"].get_absolute_url())
    client.get("/authors/")
    assert PhotoRendition.objects.count() == before
    # and what the pages show are renditions, not the originals standing in
    html = text_of(client, desk["stories"][0])
    assert "/original_images/" not in html


def test_a_preview_shows_the_draft_not_the_stored_render(desk):
    story = desk["stories"][0]
    story.title = "A draft headline no reader has seen"
    response = story.make_preview_request()
    if hasattr(response, "render"):
        response.render()
    assert "A draft headline no reader has seen" in response.content.decode()
