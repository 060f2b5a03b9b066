"""`manage.py bake`: a static copy of the public site, served here by Debian's nginx with the
shipped config (deploy/nginx/broadsheet-baked.conf), walked link by link, and kept up to date on
publishing."""

import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.factories import make_article, make_person, make_section
from tests.nginx_server import ROOT, NginxServer, adapt, nginx_directory
from tests.processes import free_port

__all__ = ["nginx_directory"]

pytestmark = pytest.mark.django_db

BAKED_CONFIG = ROOT / "deploy" / "nginx" / "broadsheet-baked.conf"
LINK = re.compile(r'(?:href|src)="([^"#]+)"')


@pytest.fixture
def paper():
    news = make_section("News")
    reporter = make_person("Ada Lane")
    story = make_article(news, "Harbour talks resume", authors=[reporter], tags=["Port strike"])
    older = [make_article(news, f"Earlier story {n}", photo=False) for n in range(21)]
    sport = make_section("Sport")
    match = make_article(sport, "Cup final tonight", photo=False)
    return {"news": news, "reporter": reporter, "story": story, "older": older, "match": match}


@pytest.fixture
def baked(tmp_path, nginx_directory, paper):
    outdir = tmp_path / "baked"
    call_command("bake", str(outdir))
    nginx_directory.mkdir(parents=True)
    port = free_port()
    config = adapt(
        BAKED_CONFIG.read_text(),
        {"listen": f"127.0.0.1:{port}", "server_name": "localhost", "root": str(outdir)},
    )
    server = NginxServer(nginx_directory, config).start(port)
    yield outdir, server
    server.stop()


def walk(server, start="/"):
    """Follow every link of the site from `start` through nginx; return {path: response}."""
    seen, queue, found = {start}, [start], {}
    while queue:
        path = queue.pop()
        response = server.get(path)
        found[path] = response
        if "html" not in response.headers.get("content-type", ""):
            continue
        for link in LINK.findall(response.text):
            parts = urlsplit(urljoin(f"http://localhost{path}", link))
            if parts.hostname != "localhost" or parts.path.startswith(("/search/", "/newsletter/")):
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return found


def test_the_baked_site_walks_with_no_broken_link(baked, paper):
    outdir, server = baked
    pages = walk(server)
    broken = {path: response.status for path, response in pages.items() if response.status != 200}
    assert broken == {}
    story, news = paper["story"], paper["news"]
    assert "Harbour talks resume" in pages[story.url].text
    assert paper["reporter"].get_absolute_url() in pages
    assert "/tags/port-strike/" in pages
    assert any(path.startswith("/static/") for path in pages)
    assert any(path.startswith("/media/") for path in pages)
    assert "Earlier story 20" in server.get(f"{news.url}page-2.html").text  # the oldest
    assert not (outdir / "search").exists() and not (outdir / "admin").exists()


def test_feeds_and_sitemaps_are_baked_and_list_baked_pages(baked, paper):
    _outdir, server = baked
    rss = ET.fromstring(server.get("/feeds/rss.xml").body)
    assert "Harbour talks resume" in [item.findtext("title") for item in rss.iter("item")]
    assert json.loads(server.get("/feeds/feed.json").body)["items"]
    assert server.get("/feeds/feed.json").headers["content-type"] == "application/feed+json"
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ET.fromstring(server.get("/sitemap.xml").body)
    for part in index.findall("s:sitemap/s:loc", namespace):
        sitemap = ET.fromstring(server.get(urlsplit(part.text).path).body)
        for loc in sitemap.findall("s:url/s:loc", namespace):
            assert server.get(urlsplit(loc.text).path).status == 200, loc.text
    assert server.get("/robots.txt").status == 200
    assert server.get("/.bake-manifest.json").status == 404


def test_an_address_not_on_the_site_gets_the_papers_404_page(baked):
    _outdir, server = baked
    response = server.get("/no-such-story/")
    assert response.status == 404 and "<html" in response.text


def test_publishing_keeps_the_baked_copy_up_to_date(
    baked, paper, settings, django_capture_on_commit_callbacks
):
    outdir, server = baked
    settings.BROADSHEET_BAKE_DIR = str(outdir)
    story, news = paper["story"], paper["news"]
    untouched = outdir / paper["match"].url.strip("/") / "index.html"
    mtime = untouched.stat().st_mtime_ns

    with django_capture_on_commit_callbacks(execute=True):
        story.title = "Harbour talks collapse"
        story.save_revision().publish()
    assert "Harbour talks collapse" in server.get(story.url).text
    assert "Harbour talks collapse" in server.get(news.url).text
    assert "Harbour talks collapse" in server.get("/feeds/rss.xml").text
    assert "Harbour talks collapse" in server.get("/tags/port-strike/").text

    with django_capture_on_commit_callbacks(execute=True):
        fresh = make_article(news, "Ferry service restored", photo=False, published=timezone.now())
    assert untouched.stat().st_mtime_ns == mtime
    assert server.get(fresh.url).status == 200
    assert "Ferry service restored" in server.get(news.url).text

    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    assert server.get(story.url).status == 404
    assert "Harbour talks collapse" not in server.get(news.url).text
