"""Drafts, scheduled, unpublished, deleted and private stories appear in no feed, sitemap or JSON-LD."""

import json

import feedparser
import pytest
from defusedxml import ElementTree
from wagtail.models import PageViewRestriction

from broadsheet.newsroom.trash import move_to_trash
from tests.factories import make_article

pytestmark = pytest.mark.django_db

FEED_FILES = ["rss.xml", "atom.xml", "feed.json"]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def every_feed_path(newsroom):
    scopes = [
        "/feeds",
        "/feeds/sections/news",
        "/feeds/sections/opinion",
        f"/feeds/authors/{newsroom.reporter.slug}",
        f"/feeds/authors/{newsroom.columnist.slug}",
        "/feeds/tags/port-strike",
    ]
    return [f"{scope}/{filename}" for scope in scopes for filename in FEED_FILES]


def every_sitemap_path(client):
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    return [
        loc.text.removeprefix("http://testserver")
        for loc in index.findall("s:sitemap/s:loc", SITEMAP_NS)
    ]


def feed_links(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    if path.endswith(".json"):
        items = json.loads(response.content)["items"]
        return {(item["url"], item["id"], item["title"]) for item in items}
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, path
    return {(entry.link, entry.id, entry.title) for entry in parsed.entries}


def sitemap_locations(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    root = ElementTree.fromstring(response.content)
    return {loc.text for loc in root.findall("s:url/s:loc", SITEMAP_NS)}


def published_everywhere(client, newsroom):
    """Return every URL, id and title in every feed and sitemap, and every page's JSON-LD text."""
    seen = set()
    for path in every_feed_path(newsroom):
        for link, guid, title in feed_links(client, path):
            seen |= {link, guid, title}
    for path in every_sitemap_path(client):
        seen |= sitemap_locations(client, path)
    json_ld = ""
    for url in [
        "/",
        "/news/",
        "/opinion/",
        "/tags/port-strike/",
        newsroom.reporter.get_absolute_url(),
    ]:
        html = client.get(url).content.decode()
        json_ld += "".join(
            part.split("</script>")[0]
            for part in html.split('<script type="application/ld+json"')[1:]
        )
    return seen, json_ld


def assert_nowhere(client, newsroom, hidden):
    seen, json_ld = published_everywhere(client, newsroom)
    for article in hidden:
        url = f"http://testserver{article.url}" if article.url else None
        assert article.title not in seen, article.title
        assert url not in seen, article.title
        assert article.title not in json_ld, article.title
        assert article.slug not in json_ld, article.title
        if article.url:
            assert client.get(article.url).status_code == 404


def test_live_stories_are_everywhere(client, newsroom):
    seen, _ = published_everywhere(client, newsroom)
    for article in newsroom.live:
        assert article.title in seen
        assert f"http://testserver{article.url}" in seen


def test_draft_scheduled_and_unpublished_stories_are_nowhere(client, newsroom):
    assert_nowhere(client, newsroom, newsroom.hidden)
    # A tag only a draft carries has no feed and no place in the tag sitemap.
    assert client.get("/feeds/tags/draft-only/rss.xml").status_code == 404
    assert "http://testserver/tags/draft-only/" not in sitemap_locations(
        client, "/sitemap-tags.xml"
    )


def test_an_unpublished_story_disappears_at_once(client, newsroom):
    story = newsroom.story
    url = f"http://testserver{story.url}"
    assert url in {link for link, _, _ in feed_links(client, "/feeds/rss.xml")}
    assert url in sitemap_locations(client, "/sitemap-news.xml")
    assert "northport" in client.get("/sitemap-tags.xml").content.decode()
    story.unpublish()
    story.refresh_from_db()
    assert url not in {link for link, _, _ in feed_links(client, "/feeds/rss.xml")}
    assert url not in sitemap_locations(client, "/sitemap-news.xml")
    # Its tag, carried by no other live story, goes with it.
    assert "northport" not in client.get("/sitemap-tags.xml").content.decode()
    assert client.get("/feeds/tags/northport/atom.xml").status_code == 404
    assert_nowhere(client, newsroom, [story])


def test_a_deleted_story_disappears(client, newsroom):
    doomed = make_article(newsroom.news, "Story the lawyers pulled", authors=[newsroom.reporter])
    seen, _ = published_everywhere(client, newsroom)
    assert doomed.title in seen
    doomed.delete()
    seen, json_ld = published_everywhere(client, newsroom)
    assert doomed.title not in seen
    assert doomed.title not in json_ld


def test_a_private_story_is_nowhere(client, newsroom):
    private = make_article(newsroom.news, "Members-only briefing", authors=[newsroom.reporter])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    seen, json_ld = published_everywhere(client, newsroom)
    assert private.title not in seen
    assert private.title not in json_ld


def test_a_trashed_story_is_nowhere(client, newsroom):
    story = make_article(newsroom.news, "Story sent to the trash", authors=[newsroom.reporter])
    url = story.url
    seen, _ = published_everywhere(client, newsroom)
    assert story.title in seen
    move_to_trash(story)
    seen, json_ld = published_everywhere(client, newsroom)
    assert story.title not in seen
    assert f"http://testserver{url}" not in seen
    assert story.title not in json_ld
    assert client.get(url).status_code == 404
    assert client.get(f"/api/v1/articles/{story.pk}").status_code == 404
    assert story.title not in client.get("/api/v1/articles").content.decode()
    assert story.title not in client.get("/search/", {"q": "trash"}).content.decode()
