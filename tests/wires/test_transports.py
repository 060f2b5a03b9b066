"""Copy arrives by an agency's folder or its feed address, read by the running scheduler."""

import os
import shutil
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import time_machine

from broadsheet.articles.models import ArticlePage
from broadsheet.newsroom.schedule import run_recurring_jobs
from broadsheet.wires.ingest import Action
from broadsheet.wires.models import Agency, ItemState, QuarantinedFile, WireItem
from broadsheet.wires.transports.feed import pull_feed
from broadsheet.wires.transports.folder import PICTURE_KEEP_SECONDS, scan_folder
from tests.factories import make_section

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parent / "samples"


def settled(path, age=10):
    """Date a file back, as if its upload finished `age` seconds ago."""
    then = time.time() - age
    os.utime(path, (then, then))
    return path


@pytest.fixture
def world():
    return make_section("World")


@pytest.fixture
def inbox(tmp_path, world):
    agency = Agency.objects.create(
        name="Meridian Wire", folder=str(tmp_path), default_section=world
    )
    return agency, tmp_path


def test_files_in_the_folder_are_ingested_and_moved(inbox):
    agency, folder = inbox
    for name in ("ninjs2-story.json", "harbour.jpg", "broken.json", "newsml-item.xml"):
        settled(Path(shutil.copy(SAMPLES / name, folder / name)))
    (folder / "upload.json.part").write_text("{")
    fresh = Path(shutil.copy(SAMPLES / "ninjs1-story.json", folder / "ninjs1-story.json"))

    outcomes = scan_folder(agency)
    assert sorted(o.action for o in outcomes) == ["created", "created", "quarantined"]
    assert sorted(p.name for p in (folder / "done").iterdir()) == [
        "newsml-item.xml",
        "ninjs2-story.json",
    ]
    assert [p.name for p in (folder / "quarantine").iterdir()] == ["broken.json"]
    assert (folder / "harbour.jpg").exists(), "a picture waits for the items that name it"
    assert fresh.exists() and (folder / "upload.json.part").exists()
    item = WireItem.objects.get(guid="urn:meridianwire:story:harbour-talks")
    assert item.versions.get().photo is not None, "the picture beside it is kept with the item"
    assert QuarantinedFile.objects.get().agency == agency

    settled(fresh)
    settled(folder / "harbour.jpg", age=PICTURE_KEEP_SECONDS + 1)
    assert [o.action for o in scan_folder(agency)] == [Action.CREATED]
    assert not (folder / "harbour.jpg").exists()
    assert (folder / "done" / "harbour.jpg").exists()


def test_the_scheduler_reads_the_folders_on_every_pass(inbox):
    agency, folder = inbox
    agency.publish_on_arrival = True
    agency.save()
    settled(Path(shutil.copy(SAMPLES / "newsml-item.xml", folder / "item.xml")))
    results = run_recurring_jobs()
    assert results["wire-transports"] == "1 wire item(s) read"
    assert ArticlePage.objects.live().get().title == "Rail workers vote to strike over pay"
    assert run_recurring_jobs().get("wire-transports") is None


def test_an_embargo_lifts_on_the_schedulers_next_pass(inbox):
    agency, folder = inbox
    agency.publish_on_arrival = True
    agency.save()
    settled(Path(shutil.copy(SAMPLES / "ninjs1-embargo.json", folder / "embargo.json")))
    with time_machine.travel(datetime(2027, 3, 1, 11, 59, tzinfo=UTC), tick=False):
        run_recurring_jobs()
        item = WireItem.objects.get()
        assert item.state == ItemState.HELD and not item.article.live
    with time_machine.travel(datetime(2027, 3, 1, 12, 0, 30, tzinfo=UTC), tick=False):
        assert run_recurring_jobs()["publish-scheduled"] == "1 scheduled page(s) published"
    item.refresh_from_db()
    item.article.refresh_from_db()
    assert item.article.live and item.state == ItemState.PUBLISHED


class FeedServer(ThreadingHTTPServer):
    """An agency's feed server on loopback, answering 304 to a matching If-None-Match."""

    def __init__(self, body):
        self.body = body
        self.requests = []
        super().__init__(("127.0.0.1", 0), FeedHandler)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/feed.xml"


class FeedHandler(BaseHTTPRequestHandler):
    ETAG = '"feed-v1"'

    def do_GET(self):
        self.server.requests.append(dict(self.headers))
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/feed.xml")
            self.end_headers()
            return
        if self.headers.get("If-None-Match") == self.ETAG:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", self.ETAG)
        self.send_header("Last-Modified", "Mon, 01 Mar 2027 07:00:00 GMT")
        self.end_headers()
        self.wfile.write(self.server.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def feed_server():
    server = FeedServer((SAMPLES / "rss.xml").read_bytes())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_feed_is_pulled_when_due_and_asks_only_for_changes(feed_server, world, settings):
    settings.BROADSHEET_WEBHOOKS_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    agency = Agency.objects.create(
        name="Coastline Press", feed_url=feed_server.url, poll_minutes=5, default_section=world
    )
    assert [o.action for o in pull_feed(agency)] == [Action.CREATED, Action.CREATED]
    assert agency.feed_etag == '"feed-v1"'
    assert pull_feed(agency) == [], "not due again for five minutes"
    assert len(feed_server.requests) == 1

    later = agency.feed_polled_at + timedelta(minutes=5)
    assert pull_feed(agency, now=later) == []
    assert feed_server.requests[-1]["If-None-Match"] == '"feed-v1"'
    assert feed_server.requests[-1]["If-Modified-Since"] == "Mon, 01 Mar 2027 07:00:00 GMT"
    assert WireItem.objects.count() == 2 and agency.feed_error == ""


def test_a_feed_address_inside_our_network_is_refused(feed_server, world):
    agency = Agency.objects.create(name="Coastline Press", feed_url=feed_server.url)
    assert pull_feed(agency) == []
    agency.refresh_from_db()
    assert "is not a public address" in agency.feed_error
    assert feed_server.requests == []


def test_a_redirect_is_followed_and_checked_again(feed_server, world, settings):
    settings.BROADSHEET_WEBHOOKS_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    moved = feed_server.url.replace("/feed.xml", "/moved")
    agency = Agency.objects.create(name="Coastline Press", feed_url=moved, default_section=world)
    assert len(pull_feed(agency)) == 2
    assert len(feed_server.requests) == 2
