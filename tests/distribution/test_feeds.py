"""RSS, Atom and JSON Feed for the paper, a section, an author and a tag, read by feedparser."""

import json
from datetime import datetime

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from broadsheet.distribution.models import DistributionSettings
from tests.factories import make_article, make_person, make_photo

pytestmark = pytest.mark.django_db

XML_FORMATS = {"rss.xml": "rss20", "atom.xml": "atom10"}


def feed_paths(newsroom, filename):
    """Every scope's feed in one format, with the live stories it must carry."""
    return {
        f"/feeds/{filename}": newsroom.live,
        f"/feeds/sections/news/{filename}": [newsroom.story, newsroom.analysis],
        f"/feeds/sections/opinion/{filename}": [newsroom.column],
        f"/feeds/authors/{newsroom.reporter.slug}/{filename}": [newsroom.story, newsroom.analysis],
        f"/feeds/authors/{newsroom.columnist.slug}/{filename}": [newsroom.column],
        f"/feeds/tags/port-strike/{filename}": [newsroom.story, newsroom.column],
        f"/feeds/tags/northport/{filename}": [newsroom.story],
    }


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
    return response, parsed


def absolute(article):
    return f"http://testserver{article.url}"


@pytest.mark.parametrize("filename", XML_FORMATS)
def test_every_xml_feed_parses_and_lists_the_live_stories(client, newsroom, filename):
    for path, expected in feed_paths(newsroom, filename).items():
        response, parsed = parse(client, path)
        assert parsed.version == XML_FORMATS[filename]
        assert response["Content-Type"].startswith(
            "application/rss+xml" if filename == "rss.xml" else "application/atom+xml"
        )
        assert parsed.feed.title.endswith("The Test Gazette")
        assert [entry.link for entry in parsed.entries] == [absolute(a) for a in expected], path


@pytest.mark.parametrize("filename", XML_FORMATS)
def test_feed_entry_carries_every_field(client, newsroom, filename):
    _, parsed = parse(client, f"/feeds/{filename}")
    entry = next(e for e in parsed.entries if e.link == absolute(newsroom.story))
    story = newsroom.story
    assert entry.title == "Harbour talks resume after strike"
    assert entry.id.startswith("urn:uuid:")
    assert datetime(*entry.published_parsed[:6]) == story.first_published_at.replace(
        tzinfo=None, microsecond=0
    )
    assert entry.updated_parsed is not None
    assert [author["name"] for author in entry.authors] == ["Ada Lane"]
    # The standfirst is text: its & and <…> reach the reader as characters, not markup.
    assert entry.summary == "Dockers &amp; owners meet &lt;again&gt; at dawn."
    assert [tag.term for tag in entry.tags] == ["News", "Northport", "Port strike"]
    (enclosure,) = entry.enclosures
    assert enclosure.href.startswith("http://testserver/media/")
    assert enclosure.href.endswith(".fill-1200x675.jpg")
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0
    if filename == "rss.xml":
        (media,) = entry.media_content
        assert (media["url"], media["width"], media["height"]) == (enclosure.href, "1200", "675")
        assert entry.media_credit[0]["content"] == "Staff photo"
        assert entry.guidislink is False
    # Without the full-text setting there is no content, only the summary.
    assert not any("The first paragraph." in part.value for part in entry.get("content", []))


def test_json_feed_has_the_required_fields(client, newsroom):
    for path, expected in feed_paths(newsroom, "feed.json").items():
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Content-Type"] == "application/feed+json; charset=utf-8"
        feed = json.loads(response.content)
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert isinstance(feed["title"], str) and feed["title"]
        assert feed["feed_url"] == f"http://testserver{path}"
        assert feed["home_page_url"].startswith("http://testserver/")
        assert feed["language"] == "en-GB"
        assert all(author["name"] for author in feed["authors"])
        assert isinstance(feed["items"], list)
        assert [item["url"] for item in feed["items"]] == [absolute(a) for a in expected]
        for item in feed["items"]:
            assert isinstance(item["id"], str) and item["id"]
            assert item.get("content_html") or item.get("content_text")
            datetime.fromisoformat(item["date_published"])
            datetime.fromisoformat(item["date_modified"])
    feed = client.get("/feeds/feed.json").json()
    story = next(item for item in feed["items"] if item["url"] == absolute(newsroom.story))
    assert story["title"] == "Harbour talks resume after strike"
    assert story["summary"] == "Dockers & owners meet <again> at dawn."
    assert story["authors"] == [
        {"name": "Ada Lane", "url": f"http://testserver{newsroom.reporter.get_absolute_url()}"}
    ]
    assert story["tags"] == ["News", "Northport", "Port strike"]
    assert story["image"].endswith(".fill-1200x675.jpg")


def test_full_content_when_the_site_setting_says_so(client, newsroom):
    settings = DistributionSettings.for_site(Site.objects.get(is_default_site=True))
    settings.full_content_in_feeds = True
    settings.save()
    story = make_article(
        newsroom.news,
        "Cranes return to the quay",
        dateline="NORTHPORT",
        paragraphs=['The <a href="/news/">quay</a> reopened.', "Work resumes on Monday."],
    )
    _, rss = parse(client, "/feeds/rss.xml")
    _, atom = parse(client, "/feeds/atom.xml")
    json_feed = client.get("/feeds/feed.json").json()
    for html in [
        next(e for e in rss.entries if e.link == absolute(story)).content[0].value,
        next(e for e in atom.entries if e.link == absolute(story)).content[0].value,
        next(i for i in json_feed["items"] if i["url"] == absolute(story))["content_html"],
    ]:
        assert "NORTHPORT —" in html
        assert 'href="http://testserver/news/"' in html
        assert "Work resumes on Monday." in html


def test_guid_survives_edits_and_a_new_slug(client, newsroom):
    _, before = parse(client, "/feeds/atom.xml")
    guid = next(e.id for e in before.entries if e.link == absolute(newsroom.story))
    story = newsroom.story
    story.title = "Harbour talks resume after long strike"
    story.slug = "harbour-talks-resume-long-strike"
    story.save_revision().publish()
    story.refresh_from_db()
    _, after = parse(client, "/feeds/atom.xml")
    entry = next(e for e in after.entries if e.id == guid)
    assert entry.title == "Harbour talks resume after long strike"
    assert entry.link == absolute(story)


def test_feeds_are_publicly_cacheable(client, newsroom):
    for path in ["/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json"]:
        response = client.get(path)
        cache_control = response["Cache-Control"]
        assert "public" in cache_control and "max-age=" in cache_control
        assert "Last-Modified" in response
        assert not response.cookies


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/sections/no-such-section/rss.xml",
        "/feeds/authors/nobody/atom.xml",
        "/feeds/tags/no-such-tag/feed.json",
        "/feeds/tags/draft-only/rss.xml",
    ],
)
def test_unknown_or_unpublished_subjects_are_not_found(client, newsroom, path):
    assert client.get(path).status_code == 404


def test_feed_queries_do_not_grow_with_the_stories(client, newsroom):
    def count_queries(path):
        client.get(path)  # renditions are made once, on the first read
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    paths = [
        "/feeds/rss.xml",
        "/feeds/feed.json",
        f"/feeds/authors/{newsroom.reporter.slug}/atom.xml",
    ]
    few = {path: count_queries(path) for path in paths}
    for n in range(8):
        make_article(
            newsroom.news,
            f"Extra story {n}",
            authors=[newsroom.reporter, make_person()],
            tags=[f"Tag {n}", "Port strike"],
        )
    many = {path: count_queries(path) for path in paths}
    assert many == few
    assert max(many.values()) <= 12


def enable_full_content():
    settings = DistributionSettings.for_site(Site.objects.get(is_default_site=True))
    settings.full_content_in_feeds = True
    settings.save()


def add_body_photo(article, text):
    """Republish `article` with a paragraph and a photo in its body."""
    article.body = [
        {"type": "paragraph", "value": f"<p>{text}</p>"},
        {"type": "photo", "value": {"image": make_photo().pk, "caption": "", "credit": ""}},
    ]
    article.save_revision().publish()
    article.refresh_from_db()


def test_full_text_follows_a_new_revision_at_once(client, newsroom):
    enable_full_content()
    add_body_photo(newsroom.story, "Talks began at dawn.")
    (entry,) = [
        e for e in parse(client, "/feeds/atom.xml")[1].entries if e.link == absolute(newsroom.story)
    ]
    assert "Talks began at dawn." in entry.content[0].value
    assert 'src="http://testserver/media/' in entry.content[0].value
    add_body_photo(newsroom.story, "Talks collapsed at noon.")
    (entry,) = [
        e for e in parse(client, "/feeds/atom.xml")[1].entries if e.link == absolute(newsroom.story)
    ]
    assert "Talks collapsed at noon." in entry.content[0].value
    assert "Talks began at dawn." not in entry.content[0].value


def test_full_text_feed_queries_do_not_grow_with_the_stories(client, newsroom):
    enable_full_content()

    def count_queries():
        client.get("/feeds/rss.xml")  # renditions and bodies are made once, on the first read
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/feeds/rss.xml").status_code == 200
        return len(queries)

    for article in newsroom.live:
        add_body_photo(article, "A paragraph.")
    few = count_queries()
    for n in range(6):
        add_body_photo(make_article(newsroom.news, f"Photo story {n}"), "Another paragraph.")
    assert count_queries() == few
