"""Newsletter fixtures: a site to sign up on, mail to a real SMTP server, helpers to sign up."""

import re
from html.parser import HTMLParser

import pytest
from django.core.cache import cache

from broadsheet.newsletter.models import Subscriber
from broadsheet.newsletter.setup import ensure_newsletters
from tests.conftest import mailers_for
from tests.factories import make_home

ORIGIN = "http://testserver"
JSON_HEADERS = {
    "HTTP_ACCEPT": "application/json",
    "HTTP_X_REQUESTED_WITH": "XMLHttpRequest",
    "HTTP_ORIGIN": ORIGIN,
}


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache; every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    ensure_newsletters()  # A transactional test elsewhere may have flushed migration data.
    return make_home()


@pytest.fixture
def mail(smtp_server, settings):
    """Send every message to the real SMTP test server.

    Through the `settings` fixture, not override_settings: a test that also changes `settings`
    would otherwise restore, on teardown, the SMTP mailers for every later test.
    """
    settings.MAILERS = mailers_for(smtp_server)
    return smtp_server


@pytest.fixture
def daily(db):
    return ensure_newsletters()["daily-briefing"]


@pytest.fixture
def weekly(db):
    return ensure_newsletters()["opinion-weekly"]


def sign_up(client, address, ip="192.0.2.10", **extra):
    """POST the footer form the way the page script does; return the response."""
    headers = {**JSON_HEADERS, "REMOTE_ADDR": ip, **extra}
    return client.post("/newsletter/subscribe/", {"email": address}, **headers)


def links_in(text):
    return re.findall(r"https?://[^\s<>\"']+", text)


def confirm_link(mail_message):
    (link,) = {u for u in links_in(mail_message.text) if "/newsletter/confirm/" in u}
    return link.replace("http://127.0.0.1:8000", "")


def confirmed_subscriber(client, smtp_server, address):
    """Sign `address` up and press the confirmation button; return the subscriber."""
    before = len(smtp_server.messages)
    assert sign_up(client, address).status_code == 200
    message = smtp_server.messages.wait_for(before + 1)[-1]
    assert client.post(path_of(confirm_link(message))).status_code == 200
    return Subscriber.objects.get(email=address.lower())


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


class FormFinder(HTMLParser):
    """Collect forms, inputs and ids from a page, for checking markup without string matching."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self.ids = {}
        self.live_regions = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids[attrs["id"]] = (tag, attrs)
        if tag == "form":
            self.forms.append({"attrs": attrs, "inputs": []})
        elif tag in {"input", "button"} and self.forms:
            self.forms[-1]["inputs"].append(attrs)
        if attrs.get("aria-live"):
            self.live_regions.append(attrs)


def parse(html):
    finder = FormFinder()
    finder.feed(html)
    return finder
