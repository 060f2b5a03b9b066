"""Sitemap index, monthly article sitemaps, sections, authors, tags, Google News and robots.txt."""

from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from defusedxml import ElementTree
from django.utils import timezone

from broadsheet.distribution.sitemaps import NewsSitemap, news_language
from tests.factories import make_article

pytestmark = pytest.mark.django_db

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
NS = {"s": SITEMAP_NS, "news": NEWS_NS}


def fetch_xml(client, url):
    path = urlsplit(url)
    response = client.get(path.path + (f"?{path.query}" if path.query else ""))
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    assert "public" in response["Cache-Control"]
    return ElementTree.fromstring(response.content)


def sitemap_urls(client):
    """Return {name: root element} for every sitemap the index lists."""
    index = fetch_xml(client, "/sitemap.xml")
    assert index.tag == f"{{{SITEMAP_NS}}}sitemapindex"
    sitemaps = {}
    for entry in index.findall("s:sitemap", NS):
        loc = entry.findtext("s:loc", namespaces=NS)
        assert loc.startswith("http://testserver/sitemap-")
        lastmod = entry.findtext("s:lastmod", namespaces=NS)
        if lastmod:
            datetime.fromisoformat(lastmod)
        sitemaps[loc.removeprefix("http://testserver/sitemap-").removesuffix(".xml")] = fetch_xml(
            client, loc
        )
    return sitemaps


def locations(urlset):
    assert urlset.tag == f"{{{SITEMAP_NS}}}urlset"
    locs = []
    for url in urlset.findall("s:url", NS):
        loc = url.findtext("s:loc", namespaces=NS)
        assert loc.startswith("http://testserver/")
        locs.append(loc.removeprefix("http://testserver"))
    return locs


def test_index_lists_every_sitemap_and_each_parses(client, newsroom):
    month = f"articles-{timezone.localtime(newsroom.story.first_published_at):%Y-%m}"
    sitemaps = sitemap_urls(client)
    assert set(sitemaps) == {"news", "sections", "authors", "tags", month}
    assert sorted(locations(sitemaps[month])) == sorted(a.url for a in newsroom.live)
    assert locations(sitemaps["sections"]) == ["/", "/news/", "/opinion/"]
    assert sorted(locations(sitemaps["authors"])) == sorted(
        [newsroom.reporter.get_absolute_url(), newsroom.columnist.get_absolute_url()]
    )
    assert locations(sitemaps["tags"]) == ["/tags/northport/", "/tags/port-strike/"]
    for url in sitemaps[month].findall("s:url", NS):
        assert url.findtext("s:lastmod", namespaces=NS)


def test_articles_are_split_by_month(client, newsroom):
    old = make_article(
        newsroom.news, "Last spring's harbour story", published=timezone.now() - timedelta(days=200)
    )
    name = f"articles-{timezone.localtime(old.first_published_at):%Y-%m}"
    sitemaps = sitemap_urls(client)
    assert locations(sitemaps[name]) == [old.url]
    current = f"articles-{timezone.localtime(newsroom.story.first_published_at):%Y-%m}"
    assert old.url not in locations(sitemaps[current])


def news_locations(client):
    return locations(fetch_xml(client, "/sitemap-news.xml"))


def test_news_sitemap_has_the_last_48_hours(client, newsroom):
    now = timezone.now()
    too_old = make_article(
        newsroom.news, "Story from two days ago", published=now - timedelta(hours=49)
    )
    recent = make_article(
        newsroom.news, "Story from yesterday morning", published=now - timedelta(hours=47)
    )
    news = fetch_xml(client, "/sitemap-news.xml")
    assert news.tag == f"{{{SITEMAP_NS}}}urlset"
    urls = news.findall("s:url", NS)
    listed = locations(news)
    assert recent.url in listed
    assert too_old.url not in listed
    assert set(listed) == {a.url for a in [*newsroom.live, recent]}
    for url in urls:
        item = url.find("news:news", NS)
        assert item.findtext("news:publication/news:name", namespaces=NS) == "The Test Gazette"
        assert item.findtext("news:publication/news:language", namespaces=NS) == "en"
        published = datetime.fromisoformat(item.findtext("news:publication_date", namespaces=NS))
        assert published.tzinfo is not None
        assert item.findtext("news:title", namespaces=NS)
    story = next(u for u in urls if u.findtext("s:loc", namespaces=NS).endswith(newsroom.story.url))
    assert story.findtext("news:news/news:title", namespaces=NS) == newsroom.story.title
    assert (
        datetime.fromisoformat(story.findtext("news:news/news:publication_date", namespaces=NS))
        == newsroom.story.first_published_at
    )


def test_stories_leave_the_news_sitemap_after_48_hours(client, newsroom):
    recent = make_article(
        newsroom.news, "Story from yesterday", published=timezone.now() - timedelta(hours=47)
    )
    assert recent.url in news_locations(client)
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        listed = news_locations(client)
    assert recent.url not in listed
    assert newsroom.story.url in listed


def test_news_sitemap_keeps_the_newest_up_to_its_limit(client, newsroom, monkeypatch):
    monkeypatch.setattr(NewsSitemap, "limit", 2)
    listed = locations(fetch_xml(client, "/sitemap-news.xml"))
    assert listed == [newsroom.story.url, newsroom.column.url]
    assert client.get("/sitemap-news.xml?p=2").status_code == 404


def test_news_language_codes():
    assert [news_language(tag) for tag in ["en-GB", "en", "fr-CA", "zh-TW", "zh-Hans", ""]] == [
        "en",
        "en",
        "fr",
        "zh-tw",
        "zh-cn",
        "en",
    ]


def test_robots_txt_points_to_the_sitemaps(client, newsroom):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    sitemaps = [line.removeprefix("Sitemap: ") for line in lines if line.startswith("Sitemap: ")]
    assert sitemaps == ["http://testserver/sitemap.xml", "http://testserver/sitemap-news.xml"]
    for url in sitemaps:
        fetch_xml(client, url)


@pytest.mark.parametrize(
    "path",
    [
        "/sitemap-nothing.xml",
        "/sitemap-articles-1999-01.xml",
        "/sitemap-tags.xml?p=9",
        "/sitemap-tags.xml?p=x",
    ],
)
def test_bad_sitemap_requests_are_not_found(client, newsroom, path):
    assert client.get(path).status_code == 404


def test_sitemap_index_queries_do_not_grow_with_months(
    client, newsroom, django_assert_max_num_queries
):
    for months_ago in range(1, 7):
        make_article(newsroom.news, published=timezone.now() - timedelta(days=31 * months_ago))
    with django_assert_max_num_queries(12):
        assert client.get("/sitemap.xml").status_code == 200
