"""Stories go live at their go-live time and come down at their expiry, with no cron line.

Time is controlled; the scheduler's publishing pass runs as `run_scheduler` runs it, and every
surface a reader or a partner sees is checked before and after.
"""

import json
from datetime import timedelta
from xml.etree import ElementTree

import feedparser
import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Site

from broadsheet.articles.models import ArticlePage
from broadsheet.editions.content import candidate_articles
from broadsheet.newsletter.digest import front_page_stories
from broadsheet.newsroom.publishing import publish_scheduled
from broadsheet.newsroom.scheduler import Scheduler
from broadsheet.readership.stores import get_store
from broadsheet.readership.templatetags.readership_tags import most_read_articles
from broadsheet.search.related import related_articles
from broadsheet.webhooks.models import Webhook
from tests.factories import make_article, make_section
from tests.paper.test_purge import purge_receiver  # noqa: F401 (a fixture)
from tests.webhooks.test_webhooks import Receiver

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def partner():
    """A partner's webhook endpoint, a real HTTP server on loopback."""
    server = Receiver()
    Webhook.objects.create(name="Partner app", url=server.url)
    with override_settings(BROADSHEET_WEBHOOKS_ALLOWED_NETWORKS=["127.0.0.0/8"]):
        yield server
    server.stop()


@pytest.fixture
def front_cache(purge_receiver):  # noqa: F811
    url, received = purge_receiver
    backends = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    }
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        yield received


def surfaces(client, article):
    """Where the story shows for a reader or a partner: a set of surface names."""
    seen = set()
    if client.get(article.url).status_code == 200:
        seen.add("page")
    if article.title in client.get("/").content.decode():
        seen.add("front page")
    section = article.get_parent()
    feed = feedparser.parse(client.get(f"/feeds/sections/{section.slug}/rss.xml").content)
    if article.title in [entry.title for entry in feed.entries]:
        seen.add("feed")
    sitemap = ElementTree.fromstring(client.get(f"/sitemap-{section.slug}.xml").content)
    locations = [loc.text for loc in sitemap.findall("s:url/s:loc", SITEMAP_NS)]
    if any(loc.endswith(article.url) for loc in locations):
        seen.add("sitemap")
    listing = json.loads(client.get("/api/v1/articles").content)
    if article.pk in [story["id"] for story in listing["results"]]:
        seen.add("api")
    results = client.get("/search/", {"q": "lighthouse"}).context["results"]
    if article.pk in [result["article"].pk for result in results]:
        seen.add("search")
    return seen


def other_surfaces(article, neighbour):
    """Where else the story reaches: related, most-read (once read), the digest and the e-paper."""
    seen = set()
    if article in related_articles(neighbour):
        seen.add("related")
    if article.pk in [row[0] for row in most_read_articles()]:
        seen.add("most read")
    if article in front_page_stories(10):
        seen.add("digest")
    site = Site.objects.get(is_default_site=True)
    if article in candidate_articles(site, timezone.localdate()):
        seen.add("e-paper")
    return seen


EVERYWHERE = {"page", "front page", "feed", "sitemap", "api", "search"}
ELSEWHERE = {"related", "most read", "digest", "e-paper"}


def scheduled_story(minutes_ahead=2):
    """An editor publishes a story with a go-live time a few minutes ahead."""
    section = make_section("News", "news")
    make_article(section, "Lighthouse tours end", tags=["Lighthouses"], photo=False)
    article = make_article(
        section, "Lighthouse keeper retires", tags=["Lighthouses"], live=False, photo=False
    )
    article.go_live_at = timezone.now() + timedelta(minutes=minutes_ahead)
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def test_a_scheduled_story_goes_live_at_its_time_everywhere(
    client, partner, front_cache, django_capture_on_commit_callbacks
):
    article = scheduled_story()
    neighbour = ArticlePage.objects.get(title="Lighthouse tours end")
    get_store().record(article.pk)  # a reader with an early link
    go_live_at = article.go_live_at
    assert not article.live

    with time_machine.travel(go_live_at - timedelta(seconds=5), tick=False):
        assert not publish_scheduled()
        assert surfaces(client, article) == set()
        assert other_surfaces(article, neighbour) == set()

    with time_machine.travel(go_live_at + timedelta(seconds=1), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            done = publish_scheduled()
        assert done.published == ["Lighthouse keeper retires"]
        article.refresh_from_db()
        assert article.live and article.first_published_at == go_live_at + timedelta(seconds=1)
        assert surfaces(client, article) == EVERYWHERE
        assert other_surfaces(article, neighbour) == ELSEWHERE
        assert partner.events() == ["published"]
        assert {article.url, article.get_parent().url, "/"} <= set(front_cache)
        assert not publish_scheduled()  # published once


def test_an_expired_story_leaves_every_surface_before_and_after_it_is_taken_down(
    client, partner, front_cache, django_capture_on_commit_callbacks
):
    section = make_section("News", "news")
    neighbour = make_article(section, "Lighthouse tours end", tags=["Lighthouses"], photo=False)
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(section, "Lighthouse keeper retires", tags=["Lighthouses"])
    get_store().record(article.pk)
    expire_at = timezone.now() + timedelta(hours=1)
    article.expire_at = expire_at
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert surfaces(client, article) == EVERYWHERE
    assert other_surfaces(article, neighbour) == ELSEWHERE
    front_cache.clear()

    with time_machine.travel(expire_at + timedelta(seconds=1), tick=False):
        # Past its expiry, before the scheduler's pass: readers already cannot find it.
        assert surfaces(client, article) == set()
        with django_capture_on_commit_callbacks(execute=True):
            done = publish_scheduled()
        assert done.expired == ["Lighthouse keeper retires"]
        article.refresh_from_db()
        assert not article.live and article.expired
        assert surfaces(client, article) == set()
        assert other_surfaces(article, neighbour) == set()
        assert partner.events() == ["published", "updated", "unpublished"]
        assert {article.get_parent().url, "/"} <= set(front_cache)


def test_the_scheduler_pass_publishes_and_reports(capsys):
    article = scheduled_story(minutes_ahead=1)
    lines = []
    with time_machine.travel(article.go_live_at + timedelta(seconds=1), tick=False):
        assert Scheduler(report=lines.append).tick()
    assert "publish-scheduled: 1 scheduled page(s) published" in lines
    article.refresh_from_db()
    assert article.live


def test_a_story_that_fails_to_publish_does_not_hold_up_the_others(monkeypatch, caplog):
    first = scheduled_story(minutes_ahead=1)
    second = make_article(first.get_parent(), "Harbour bridge reopens", live=False, photo=False)
    second.go_live_at = first.go_live_at + timedelta(seconds=10)
    second.save_revision().publish()

    from wagtail.models import Revision

    original = Revision.publish

    def broken_for_the_first(revision, *args, **kwargs):
        if revision.object_id == str(first.pk):
            raise RuntimeError("the body would not render")
        return original(revision, *args, **kwargs)

    monkeypatch.setattr(Revision, "publish", broken_for_the_first)
    with time_machine.travel(second.go_live_at + timedelta(seconds=1), tick=False):
        done = publish_scheduled()
    assert done.published == ["Harbour bridge reopens"]
    assert done.failed == ["Lighthouse keeper retires"]
    assert "the body would not render" in caplog.text
    monkeypatch.undo()
    with time_machine.travel(second.go_live_at + timedelta(seconds=20), tick=False):
        assert publish_scheduled().published == ["Lighthouse keeper retires"]  # the next pass
