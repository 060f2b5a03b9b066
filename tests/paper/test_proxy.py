"""The shipped nginx config (deploy/nginx/broadsheet.conf) in front of the app: Debian's nginx,
started here on its own port against the live test server, keeps pages, revalidates them, lets
editors through, takes refreshes from the app on publishing, and serves stale copies when the app
is down."""

import time
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

from tests.factories import make_article, make_person, make_section
from tests.nginx_server import SHIPPED_CONFIG, NginxServer, adapt, nginx_directory
from tests.processes import free_port

__all__ = ["nginx_directory"]  # the fixture, used below

pytestmark = pytest.mark.django_db(transaction=True)

SECRET = "a-refresh-secret-of-forty-characters-xyz"


class Proxy:
    """nginx with the shipped config, pointed at an app port."""

    def __init__(self, directory, media_root, upstream_port):
        self.directory = directory
        self.media_root = media_root
        directory.mkdir(parents=True, exist_ok=True)
        self.secret_map = directory / "broadsheet-refresh.map"
        self.secret_map.write_text(f'"{SECRET}" 1;\n')
        self.port = free_port()
        self.nginx = NginxServer(directory, self.config(upstream_port))

    def config(self, upstream_port):
        return adapt(
            SHIPPED_CONFIG.read_text(),
            {
                "proxy_cache_path": f"{self.directory}/cache levels=1:2 keys_zone=broadsheet:8m "
                "max_size=200m inactive=1d use_temp_path=off",
                "server": f"127.0.0.1:{upstream_port}",
                "include": str(self.secret_map),
                "listen": f"127.0.0.1:{self.port}",
                "server_name": "localhost",
                "alias": f"{self.media_root}/",
            },
        )

    def point_at(self, upstream_port):
        self.nginx.reload(self.config(upstream_port))

    def refreshed(self, since=0):
        """The addresses the app asked nginx to refresh (with the secret) after line `since`."""
        lines = self.nginx.log_lines()[since:]
        return {uri for _m, uri, _s, _c, refresh in lines if refresh == SECRET}


@pytest.fixture
def proxy(live_server, nginx_directory, settings):
    settings.BROADSHEET_PAGE_CACHE = True
    cache.clear()
    proxy = Proxy(nginx_directory, settings.MEDIA_ROOT, urlsplit(live_server.url).port)
    proxy.nginx.start(proxy.port)
    settings.BROADSHEET_PURGE_URL = f"http://127.0.0.1:{proxy.port}"
    settings.BROADSHEET_PURGE_SECRET = SECRET
    yield proxy
    proxy.nginx.stop()
    cache.clear()


@pytest.fixture
def paper():
    news = make_section("News")
    sport = make_section("Sport")
    reporter = make_person("Ada Lane", photo=False)
    story = make_article(news, "Harbour talks resume", authors=[reporter], tags=["Port strike"])
    match = make_article(sport, "Cup final tonight")
    return {"news": news, "sport": sport, "reporter": reporter, "story": story, "match": match}


def test_pages_are_kept_and_revalidated(proxy, paper):
    url = paper["story"].url
    first = proxy.nginx.get(url)
    assert first.status == 200 and first.cache == "MISS"
    assert "Harbour talks resume" in first.text
    second = proxy.nginx.get(url)
    assert second.cache == "HIT" and second.body == first.body
    assert "stale-if-error=" in second.headers["cache-control"]
    assert f"page-{paper['story'].pk}" in second.headers["surrogate-key"].split()
    not_modified = proxy.nginx.get(url, headers={"If-None-Match": first.headers["etag"]})
    assert not_modified.status == 304 and not_modified.body == b""


def test_signed_in_editors_always_get_the_live_app(proxy, paper):
    url = paper["story"].url
    anonymous = proxy.nginx.get(url)
    editor = get_user_model().objects.create_superuser("editor", password="a-long-password-1")
    client = Client()
    client.force_login(editor)
    session = {"Cookie": f"sessionid={client.cookies['sessionid'].value}"}
    for _ in range(2):
        signed_in = proxy.nginx.get(url, headers=session)
        assert signed_in.status == 200 and signed_in.cache == "BYPASS"
        assert "private" in signed_in.headers["cache-control"]
    after = proxy.nginx.get(url)
    assert after.cache == "HIT" and after.body == anonymous.body
    for _ in range(2):  # the admin is never kept, and its sign-in form sets a cookie
        login = proxy.nginx.get("/admin/login/")
        assert login.status == 200 and "x-proxy-cache" not in login.headers
        assert "set-cookie" in login.headers


def test_publishing_refreshes_exactly_the_pages_that_show_the_story(proxy, paper):
    story, reporter = paper["story"], paper["reporter"]
    showing = {
        story.url,
        paper["news"].url,
        "/",
        reporter.get_absolute_url(),
        "/tags/port-strike/",
        "/feeds/rss.xml",
        "/sitemap.xml",
    }
    unrelated = {paper["sport"].url, paper["match"].url}
    for url in showing | unrelated:
        proxy.nginx.get(url)
    assert all(proxy.nginx.get(url).cache == "HIT" for url in showing | unrelated)
    before = {url: proxy.nginx.get(url).body for url in unrelated}
    since = len(proxy.nginx.log_lines())

    story.title = "Harbour talks collapse"
    story.save_revision().publish()

    assert proxy.refreshed(since) == showing
    for url in showing - {"/sitemap.xml"}:
        response = proxy.nginx.get(url)
        assert response.cache == "HIT", url
        assert "Harbour talks collapse" in response.text, url
    for url in unrelated:
        response = proxy.nginx.get(url)
        assert response.cache == "HIT" and response.body == before[url]


def test_a_taken_down_story_leaves_the_proxy_at_once(proxy, paper):
    story, news = paper["story"], paper["news"]
    for url in (story.url, news.url, story.url, news.url):
        proxy.nginx.get(url)
    assert "Harbour talks resume" in proxy.nginx.get(news.url).text

    story.unpublish()

    gone = proxy.nginx.get(story.url)
    assert gone.status == 404 and gone.cache == "HIT"
    assert "Harbour talks resume" not in proxy.nginx.get(news.url).text


def test_only_the_right_secret_refreshes(proxy, paper):
    url = paper["news"].url
    proxy.nginx.get(url)
    wrong = proxy.nginx.get(url, headers={"X-Broadsheet-Refresh": "guess"})
    assert wrong.cache == "HIT"
    right = proxy.nginx.get(url, headers={"X-Broadsheet-Refresh": SECRET})
    assert right.cache == "BYPASS"


def test_readers_get_the_stale_copy_while_the_app_is_down(proxy, paper, settings):
    settings.BROADSHEET_CDN_MAX_AGE = 1
    url = paper["story"].url
    assert proxy.nginx.get(url).cache == "MISS"

    with _closed_port() as port:
        proxy.point_at(port)
        deadline = time.monotonic() + 15
        response = proxy.nginx.get(url)
        while response.cache != "STALE" and time.monotonic() < deadline:
            time.sleep(0.2)
            response = proxy.nginx.get(url)
        assert response.status == 200 and response.cache == "STALE"
        assert "Harbour talks resume" in response.text
        never_kept = proxy.nginx.get(paper["match"].url)
        assert never_kept.status == 502


class _closed_port:
    """A port nothing listens on, for as long as the block runs."""

    def __enter__(self):
        return free_port()

    def __exit__(self, *exc):
        return False
