"""Sending an issue over real SMTP: the ledger, headers, one-click unsubscribe, bounces, retries."""

import email.policy
import re
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from broadsheet.newsletter.digest import build_issue
from broadsheet.newsletter.emails import message_id
from broadsheet.newsletter.models import (
    Delivery,
    DeliveryState,
    IssueStatus,
    Subscriber,
    SubscriberState,
)
from broadsheet.newsletter.sending import MAX_ATTEMPTS, fill_ledger, send_issue_now
from broadsheet.newsletter.tasks import send_issue
from broadsheet.newsletter.testing import make_subscribers
from tests.factories import make_article, make_section

from .conftest import path_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(site, daily):
    section = make_section("World")
    make_article(section, "Harbour talks resume", standfirst="Both sides return.", weight=5)
    make_article(section, "Ferry timetable changes", standfirst="New times from Monday.")
    issue, _created = build_issue(daily, timezone.localdate())
    return issue


def test_issue_goes_once_to_each_confirmed_subscriber(mail, issue, daily, weekly):
    """Only confirmed, subscribed readers get it; each once, with its deterministic Message-ID."""
    emails = make_subscribers(5, [daily])
    make_subscribers(2, [weekly], prefix="weekly")
    Subscriber.objects.create(email="pending@example.org")  # never confirmed
    send_issue.enqueue(issue.pk)
    received = mail.messages.wait_for(5)
    assert sorted(m.recipients[0] for m in received) == sorted(emails)
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT
    assert issue.counts() == {"queued": 0, "sent": 5, "failed": 0, "suppressed": 0}
    for delivery in Delivery.objects.filter(issue=issue).select_related("subscriber"):
        (arrived,) = mail.messages.to(delivery.subscriber.email)
        assert arrived.message["Message-ID"] == message_id(issue.pk, delivery.subscriber_id)
    send_issue.enqueue(issue.pk)  # Running it again sends nothing more.
    assert len(mail.messages) == 5


def test_message_has_list_unsubscribe_text_html_and_absolute_links(mail, issue, daily):
    (address,) = make_subscribers(1, [daily])
    send_issue_now_for(issue)
    (received,) = mail.messages.wait_for(1)
    subscriber = Subscriber.objects.get(email=address)
    header = received.message["List-Unsubscribe"]
    https_url, mailto = re.findall(r"<([^>]+)>", header)
    assert https_url.startswith("http") and subscriber.token in https_url
    assert mailto.startswith("mailto:")
    assert received.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert received.text and received.html
    assert "Harbour talks resume" in received.text
    assert https_url in received.text and https_url in received.html
    assert subscriber.get_preferences_url() in received.html
    hrefs = re.findall(r'(?:href|src)="([^"]+)"', received.html)
    assert hrefs and all(h.startswith(("http://", "https://", "mailto:")) for h in hrefs)
    assert "<style" not in received.html  # inlined by css-inline
    assert 'style="' in received.html
    widths = [int(w) for w in re.findall(r'<img[^>]* width="(\d+)"', received.html)]
    assert widths and max(widths) <= 600
    assert issue.stories[0]["image"]["url"] in received.html


def test_one_click_unsubscribe_post_needs_no_cookie(client, mail, issue, daily):
    (address,) = make_subscribers(1, [daily])
    send_issue_now_for(issue)
    (received,) = mail.messages.wait_for(1)
    url = path_of(re.findall(r"<([^>]+)>", received.message["List-Unsubscribe"])[0])

    page = client.get(url)  # A GET (a link scanner) changes nothing, and offers a button.
    assert page.status_code == 200
    assert not page.cookies
    assert Subscriber.objects.receiving(daily).filter(email=address).exists()

    response = client.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not response.cookies
    assert not Subscriber.objects.receiving(daily).filter(email=address).exists()
    assert Subscriber.objects.get(email=address).state == SubscriberState.UNSUBSCRIBED


def test_unsubscribed_between_ledger_and_send_is_suppressed(mail, issue, daily):
    emails = make_subscribers(3, [daily])
    fill_ledger(issue)
    Subscriber.objects.filter(email=emails[0]).update(state=SubscriberState.UNSUBSCRIBED)
    send_issue_now_for(issue)
    mail.messages.wait_for(2)
    assert not mail.messages.to(emails[0])
    assert issue.counts() == {"queued": 0, "sent": 2, "failed": 0, "suppressed": 1}


def test_permanent_refusal_suppresses_the_address(mail, issue, daily):
    emails = make_subscribers(3, [daily])
    mail.reject(emails[1], code=550)
    send_issue_now_for(issue)
    mail.messages.wait_for(2)
    bounced = Subscriber.objects.get(email=emails[1])
    assert bounced.state == SubscriberState.SUPPRESSED
    assert "550" in bounced.suppressed_reason
    assert issue.counts() == {"queued": 0, "sent": 2, "failed": 1, "suppressed": 0}
    later, _ = build_issue(daily, timezone.localdate() + timedelta(days=1))
    mail.reset()
    send_issue_now_for(later)
    mail.messages.wait_for(2)
    assert not mail.messages.to(emails[1])


def test_temporary_refusal_retries_with_backoff(mail, issue, daily):
    emails = make_subscribers(2, [daily])
    mail.reject(emails[0], code=451, times=2)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        send_issue_now_for(issue)
        mail.messages.wait_for(1)
        row = Delivery.objects.get(subscriber__email=emails[0])
        assert (row.state, row.attempts) == (DeliveryState.QUEUED, 1)
        assert row.next_attempt_at == timezone.now() + timedelta(minutes=1)
        assert "451" in row.error

        send_issue_now(issue)  # Not due yet: nothing is tried.
        assert Delivery.objects.get(pk=row.pk).attempts == 1

        clock.shift(timedelta(minutes=1))
        send_issue_now(issue)
        row.refresh_from_db()
        assert (row.state, row.attempts) == (DeliveryState.QUEUED, 2)
        assert row.next_attempt_at == timezone.now() + timedelta(minutes=2)

        clock.shift(timedelta(minutes=2))
        send_issue_now(issue)
    mail.messages.wait_for(2)
    assert len(mail.messages.to(emails[0])) == 1
    row.refresh_from_db()
    assert row.state == DeliveryState.SENT
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_temporary_refusals_give_up_after_the_last_attempt(mail, issue, daily):
    (address,) = make_subscribers(1, [daily])
    mail.reject(address, code=421)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        send_issue_now_for(issue)
        for _ in range(MAX_ATTEMPTS):
            clock.shift(timedelta(hours=7))
            send_issue_now(issue)
    row = Delivery.objects.get()
    assert (row.state, row.attempts) == (DeliveryState.FAILED, MAX_ATTEMPTS)
    assert Subscriber.objects.get().state == SubscriberState.CONFIRMED  # 4xx never suppresses
    assert not mail.messages


def test_smtp_server_down_releases_the_batch(settings, issue, daily, smtp_server):
    """With no server listening, rows go back to the queue (not lost, not stuck in sending)."""
    make_subscribers(3, [daily])
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
        }
    }
    fill_ledger(issue)
    outcome = send_issue_now(issue)
    assert outcome["retry"] == 3
    assert set(Delivery.objects.values_list("state", flat=True)) == {DeliveryState.QUEUED}


def test_message_bytes_are_valid_smtp(mail, issue, daily):
    make_subscribers(1, [daily])
    send_issue_now_for(issue)
    (received,) = mail.messages.wait_for(1)
    assert b"\r\n" in received.raw
    parsed = email.message_from_bytes(received.raw, policy=email.policy.default)
    assert parsed.get_content_type() == "multipart/alternative"


def send_issue_now_for(issue):
    fill_ledger(issue)
    return send_issue_now(issue)


def test_demo_file_backend_writes_each_message_once(settings, tmp_path, issue, daily):
    """The embedded demo's mail goes to files (EMAIL_URL=file://…): one file per subscriber."""
    make_subscribers(3, [daily])
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": str(tmp_path)},
        }
    }
    send_issue.enqueue(issue.pk)
    send_issue.enqueue(issue.pk)
    written = b"".join(path.read_bytes() for path in tmp_path.iterdir())
    assert written.count(b"List-Unsubscribe-Post: List-Unsubscribe=One-Click") == 3
    assert issue.counts()["sent"] == 3
