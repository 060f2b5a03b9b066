"""Webhooks: signed JSON deliveries per publishing event, retries, the log, and address refusals."""

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings
from django.urls import reverse

from broadsheet.webhooks.models import Delivery, DeliveryStatus, Webhook
from broadsheet.webhooks.outbound import RefusedAddress, check_address, post_json
from broadsheet.webhooks.tasks import MAX_ATTEMPTS, deliver
from tests.factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db

LOOPBACK_ALLOWED = override_settings(BROADSHEET_WEBHOOKS_ALLOWED_NETWORKS=["127.0.0.0/8"])


class Receiver:
    """A real HTTP server on loopback that records deliveries and answers with chosen statuses."""

    def __init__(self):
        self.received = []
        self.statuses = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append({"headers": dict(self.headers), "body": body})
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/broadsheet?x=1"

    def events(self):
        return [json.loads(item["body"])["event"] for item in self.received]

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.stop()


@pytest.fixture
def webhook(receiver):
    return Webhook.objects.create(name="Partner app", url=receiver.url)


def publish(article, callbacks):
    with callbacks(execute=True):
        article.save_revision().publish()


@LOOPBACK_ALLOWED
def test_publish_sends_a_signed_delivery(receiver, webhook, django_capture_on_commit_callbacks):
    section = make_section("News")
    ada = make_person("Ada Lane", photo=False)
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(
            section, "Harbour strike ends", authors=[ada], tags=["Port"], photo=False
        )
    assert len(receiver.received) == 1
    request = receiver.received[0]
    headers, body = request["headers"], request["body"]
    assert headers["Content-Type"] == "application/json"
    assert headers["Broadsheet-Event"] == "published"
    timestamp = headers["Broadsheet-Timestamp"]
    expected = hmac.new(webhook.secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    assert headers["Broadsheet-Signature"] == f"t={timestamp},v1={expected.hexdigest()}"
    payload = json.loads(body)
    assert payload["event"] == "published"
    assert payload["article"]["id"] == article.pk
    assert payload["article"]["headline"] == "Harbour strike ends"
    assert payload["article"]["authors"] == [{"name": "Ada Lane", "slug": ada.slug}]
    assert payload["article"]["tags"] == ["Port"]
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == (
        DeliveryStatus.SUCCEEDED,
        1,
        200,
    )
    assert delivery.delivered_at is not None


@LOOPBACK_ALLOWED
def test_update_correction_and_unpublish_events(
    receiver, webhook, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(title="Council vote", photo=False)
    article.standfirst = "A closer vote than expected."
    publish(article, django_capture_on_commit_callbacks)
    article.change_kind, article.change_note = "correction", "The vote was 12-11, not 12-10."
    publish(article, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert receiver.events() == ["published", "updated", "corrected", "unpublished"]
    corrected = json.loads(receiver.received[2]["body"])
    assert corrected["article"]["corrections"][0]["text"] == "The vote was 12-11, not 12-10."
    assert corrected["article"]["changes"] == [
        {
            "kind": "correction",
            "published_at": corrected["article"]["corrections"][0]["published_at"],
            "note": "The vote was 12-11, not 12-10.",
        }
    ]
    assert corrected["article"]["updated_at"] == corrected["article"]["changes"][0]["published_at"]
    gone = json.loads(receiver.received[3]["body"])
    assert set(gone["article"]) == {"id", "url"}
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert receiver.events()[-1] == "published"


@LOOPBACK_ALLOWED
def test_drafts_send_nothing(receiver, webhook, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        draft = make_article(title="Embargoed story", live=False, photo=False)
        draft.title = "Embargoed story, revised"
        draft.save_revision()
    assert receiver.received == []
    assert not Delivery.objects.exists()


@LOOPBACK_ALLOWED
def test_webhooks_hear_only_their_events(receiver, django_capture_on_commit_callbacks):
    Webhook.objects.create(name="Only new", url=receiver.url, on_updated=False, on_corrected=False)
    Webhook.objects.create(name="Paused", url=receiver.url, is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(photo=False)
    publish(article, django_capture_on_commit_callbacks)
    assert receiver.events() == ["published"]


@LOOPBACK_ALLOWED
def test_failed_attempts_are_retried_then_succeed(
    receiver, webhook, django_capture_on_commit_callbacks
):
    receiver.statuses = [500, 503]
    with django_capture_on_commit_callbacks(execute=True):
        make_article(photo=False)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == (
        DeliveryStatus.SUCCEEDED,
        3,
        200,
    )
    assert len(receiver.received) == 3
    # Every attempt is signed afresh and carries the same delivery id.
    assert len({item["headers"]["Broadsheet-Delivery"] for item in receiver.received}) == 1


@LOOPBACK_ALLOWED
def test_gives_up_after_the_last_attempt(receiver, webhook, django_capture_on_commit_callbacks):
    receiver.statuses = [500] * 10
    with django_capture_on_commit_callbacks(execute=True):
        make_article(photo=False)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, MAX_ATTEMPTS)
    assert "HTTP 500" in delivery.error
    assert len(receiver.received) == MAX_ATTEMPTS


def test_loopback_is_refused_without_the_setting(
    receiver, webhook, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_article(photo=False)
    delivery = Delivery.objects.get()
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == 1
    assert "not a public address" in delivery.error
    assert receiver.received == []


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "::1", "fe80::1",
     "fc00::1", "::ffff:127.0.0.1", "0.0.0.0", "100.64.0.1", "224.0.0.1"],
)  # fmt: skip
def test_non_public_addresses_are_refused(address):
    with pytest.raises(RefusedAddress):
        check_address(address)


def test_public_addresses_and_allowed_networks_pass():
    check_address("93.184.216.34")
    check_address("2606:2800:220:1:248:1893:25c8:1946")
    with override_settings(BROADSHEET_WEBHOOKS_ALLOWED_NETWORKS=["10.0.0.0/8"]):
        check_address("10.1.2.3")
        with pytest.raises(RefusedAddress):
            check_address("127.0.0.1")


def test_deliveries_go_through_the_webhooks_queue():
    assert deliver.queue_name == "webhooks"


@LOOPBACK_ALLOWED
def test_delivery_log_in_the_admin(
    client, receiver, webhook, django_user_model, django_capture_on_commit_callbacks
):
    receiver.statuses = [500] * 10
    with django_capture_on_commit_callbacks(execute=True):
        make_article(title="Logged story", photo=False)
    delivery = Delivery.objects.get()
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(editor)
    listing = client.get(reverse("wagtailsnippets_webhooks_delivery:list"))
    assert listing.status_code == 200
    assert "Failed" in listing.content.decode()
    inspect = client.get(reverse("wagtailsnippets_webhooks_delivery:inspect", args=[delivery.pk]))
    assert "HTTP 500" in inspect.content.decode()
    assert client.get(reverse("wagtailsnippets_webhooks_delivery:add")).status_code in {302, 403}
    hooks = client.get(reverse("wagtailsnippets_webhooks_webhook:list"))
    assert "Partner app" in hooks.content.decode()


def test_webhook_urls_must_be_http():
    from django.core.exceptions import ValidationError

    hook = Webhook(name="Bad", url="ftp://example.org/x")
    with pytest.raises(ValidationError):
        hook.full_clean()
    hook = Webhook(name="Creds", url="https://user:pw@example.org/x")
    with pytest.raises(ValidationError):
        hook.full_clean()


@LOOPBACK_ALLOWED
def test_retries_wait_in_the_database_queue(receiver, webhook, django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    queue = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "webhooks"]}
    }
    receiver.statuses = [500]
    with override_settings(TASKS=queue):
        with django_capture_on_commit_callbacks(execute=True):
            make_article(photo=False)
        delivery = Delivery.objects.get()
        queued = DBTaskResult.objects.get(task_path="broadsheet.webhooks.tasks.deliver")
        assert queued.queue_name == "webhooks"
        assert receiver.received == []
        deliver.call(delivery.pk)  # what the worker does with the queued task
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.RETRYING, 1)
    retry = (
        DBTaskResult.objects.filter(task_path="broadsheet.webhooks.tasks.deliver")
        .exclude(pk=queued.pk)
        .get()
    )
    assert retry.queue_name == "webhooks"
    wait = retry.run_after - timezone.now()
    assert timedelta(seconds=50) < wait <= timedelta(minutes=1)


@pytest.mark.parametrize(
    "url", ["http://[::127.0.0.1]:9/", "http://[64:ff9b::7f00:1]:9/", "http://[2002:7f00:1::]:9/"]
)
def test_webhook_to_an_ipv6_form_of_loopback_is_refused(url):
    with pytest.raises(RefusedAddress):
        post_json(url, b"{}", {})
