"""Publishing tells the cache in front to drop the story, its section and the front page."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def purge_receiver():
    """A real HTTP server on loopback that records the PURGE requests it gets."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):
            received.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", received
    server.shutdown()
    server.server_close()


def test_publishing_and_unpublishing_purge_the_story_its_section_and_the_front_page(purge_receiver):
    url, received = purge_receiver
    section = make_section("World")
    backends = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    }
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        article = make_article(section, "Harbour talks resume")
        assert {article.url, section.url, "/"} <= set(received)
        received.clear()
        article.unpublish()
        assert {section.url, "/"} <= set(received)


def test_nothing_is_sent_without_a_cache_configured(purge_receiver):
    url, received = purge_receiver
    with override_settings(WAGTAILFRONTENDCACHE={}):
        make_article(make_section("World"))
    assert received == []
