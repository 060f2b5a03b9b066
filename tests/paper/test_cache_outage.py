"""Redis down: every page still answers 200, rendered without the cache, and the outage is logged
once a minute, not once a request. The test runs a Redis server of its own and stops it."""

import logging
import shutil
import subprocess
import time
from datetime import timedelta

import pytest
import redis
from django.core.cache import cache
from django.utils import timezone

from broadsheet.paper.caching import CacheOutage, ResilientCacheMixin
from tests.conftest import skip_or_fail
from tests.factories import make_article, make_person, make_section
from tests.processes import free_port

pytestmark = pytest.mark.django_db

OUTAGE_MESSAGE = "The cache is unavailable"


class OwnRedis:
    """A redis-server on a free port, started and stopped by the test."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)  # waiting for a process to start, not for the clock
        client.close()

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def own_redis(settings, monkeypatch):
    """The site's cache on a Redis server of this test's own, with the page cache on."""
    if shutil.which("redis-server") is None:
        skip_or_fail("redis-server is not installed")
    server = OwnRedis()
    server.start()
    monkeypatch.setattr(ResilientCacheMixin, "outage", CacheOutage())
    settings.CACHES = {
        "default": {
            "BACKEND": "broadsheet.paper.caching.ResilientRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }
    settings.BROADSHEET_PAGE_CACHE = True
    yield server
    server.stop()


def outage_lines(caplog):
    return [r for r in caplog.records if r.getMessage().startswith(OUTAGE_MESSAGE)]


def test_pages_render_while_redis_is_down_and_the_outage_is_logged_once_a_minute(
    client, own_redis, caplog, time_machine
):
    caplog.set_level(logging.WARNING, logger="broadsheet.paper.caching")
    news = make_section("News")
    reporter = make_person("Ada Lane")
    story = make_article(news, "Harbour talks resume", authors=[reporter], tags=["Port strike"])
    urls = ["/", news.url, story.url, reporter.get_absolute_url(), "/tags/port-strike/"]
    for url in urls:
        client.get(url)
    assert client.get(story.url)["X-Page-Cache"] == "HIT"  # Redis is in use

    own_redis.stop()
    time_machine.move_to(timezone.now() + timedelta(seconds=1), tick=False)
    for _round in range(3):
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            assert response["X-Page-Cache"] == "MISS", url
    assert "Harbour talks resume" in client.get(story.url).content.decode()
    assert len(outage_lines(caplog)) == 1

    time_machine.shift(30)
    assert client.get(story.url).status_code == 200
    assert len(outage_lines(caplog)) == 1
    time_machine.shift(31)
    assert client.get(story.url).status_code == 200
    assert len(outage_lines(caplog)) == 2

    own_redis.start()  # the same port: Redis is back, empty
    time_machine.shift(6)
    assert client.get(story.url)["X-Page-Cache"] == "MISS"
    assert client.get(story.url)["X-Page-Cache"] == "HIT"
    assert any(r.getMessage() == "The cache is available again." for r in caplog.records)
    assert cache.get("broadsheet:content-generation") is not None
