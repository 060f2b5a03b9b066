"""Bounces and complaints that come back later (RFC 3464 DSN, RFC 5965 ARF) suppress the address."""

import io
import sys

import pytest
from django.core.management import call_command
from django.utils import timezone

from broadsheet.newsletter.digest import build_issue
from broadsheet.newsletter.models import Consent, ConsentAction, Subscriber, SubscriberState
from broadsheet.newsletter.sending import fill_ledger, send_issue_now
from broadsheet.newsletter.testing import make_subscribers
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

SECRET = "a-long-shared-secret-for-reports"


@pytest.fixture
def sent(site, daily, mail):
    """An issue submitted over real SMTP to three readers; return {address: raw message}."""
    make_article(make_section("World"), "Harbour talks resume", weight=5)
    issue, _ = build_issue(daily, timezone.localdate())
    make_subscribers(3, [daily], prefix="reader")
    fill_ledger(issue)
    send_issue_now(issue)
    return {m.recipients[0]: m.raw for m in mail.messages.wait_for(3)}


def headers_of(raw):
    return raw.split(b"\r\n\r\n", 1)[0].decode().replace("\r\n", "\n")


def dsn(original, recipient, action="failed", status="5.1.1"):
    """A delivery status notification as a receiving MTA writes one (RFC 3464, section 10)."""
    return f"""From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: news@localhost
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="RAA14128.773615765/mx"

--RAA14128.773615765/mx
Content-Type: text/plain

Your message could not be delivered to {recipient}.

--RAA14128.773615765/mx
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Arrival-Date: Wed, 02 Dec 2026 06:00:00 +0000

Original-Recipient: rfc822;{recipient}
Final-Recipient: rfc822;{recipient}
Action: {action}
Status: {status}
Diagnostic-Code: smtp; 550 5.1.1 <{recipient}>: Recipient address rejected: User unknown

--RAA14128.773615765/mx
Content-Type: text/rfc822-headers

{headers_of(original)}

--RAA14128.773615765/mx--
""".replace("\n", "\r\n").encode()


def arf(original, recipient):
    """A complaint as a mailbox provider sends one (RFC 5965, appendix B)."""
    return (
        f"""From: <abuse@mailbox.example.com>
To: <news@localhost>
Subject: FW: Harbour talks resume
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="part1_13d.2e68ed54_boundary"

--part1_13d.2e68ed54_boundary
Content-Type: text/plain; charset="US-ASCII"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP 192.0.2.1.

--part1_13d.2e68ed54_boundary
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: SomeGenerator/1.0
Version: 1
Original-Rcpt-To: <{recipient}>
Arrival-Date: Wed, 02 Dec 2026 06:00:00 +0000

--part1_13d.2e68ed54_boundary
Content-Type: message/rfc822
Content-Disposition: inline

""".replace("\n", "\r\n").encode()
        + original
        + b"\r\n--part1_13d.2e68ed54_boundary--\r\n"
    )


def state_of(address):
    return Subscriber.objects.get(email=address).state


def test_a_later_bounce_piped_to_the_command_suppresses_the_address(sent, monkeypatch):
    address = "reader0@example.org"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(dsn(sent[address], address))))
    out = io.StringIO()
    call_command("process_bounce", stdout=out)
    assert "1 newly suppressed" in out.getvalue()
    subscriber = Subscriber.objects.get(email=address)
    assert subscriber.state == SubscriberState.SUPPRESSED
    assert "5.1.1" in subscriber.suppressed_reason
    consent = Consent.objects.filter(subscriber=subscriber).last()
    assert consent.action == ConsentAction.SUPPRESSED
    assert consent.source.startswith("bounce mailbox: bounced later")
    assert {state_of(a) for a in sent if a != address} == {SubscriberState.CONFIRMED}


def test_a_complaint_posted_with_the_secret_suppresses_the_address(client, sent, settings):
    settings.BROADSHEET_NEWSLETTER_REPORT_SECRET = SECRET
    address = "reader1@example.org"
    response = client.post(
        "/newsletter/reports/",
        arf(sent[address], address),
        content_type="message/rfc822",
        HTTP_AUTHORIZATION=f"Bearer {SECRET}",
    )
    assert response.status_code == 200
    assert response.json() == {"findings": 1, "suppressed": 1}
    assert state_of(address) == SubscriberState.SUPPRESSED
    assert Subscriber.objects.get(email=address).suppressed_reason == "complained (abuse)"
    assert {state_of(a) for a in sent if a != address} == {SubscriberState.CONFIRMED}


def test_the_endpoint_needs_the_secret_and_is_off_without_one(client, sent, settings):
    address = "reader1@example.org"
    body = arf(sent[address], address)
    assert (
        client.post("/newsletter/reports/", body, content_type="message/rfc822").status_code == 404
    )
    settings.BROADSHEET_NEWSLETTER_REPORT_SECRET = SECRET
    for header in ({}, {"HTTP_AUTHORIZATION": "Bearer wrong"}):
        answer = client.post("/newsletter/reports/", body, content_type="message/rfc822", **header)
        assert answer.status_code == 403
    assert state_of(address) == SubscriberState.CONFIRMED


def test_delays_and_temporary_failures_suppress_nobody(sent, tmp_path):
    address = "reader2@example.org"
    report = tmp_path / "report.eml"
    for action, status in [("delayed", "4.4.7"), ("failed", "4.2.2"), ("delivered", "2.0.0")]:
        report.write_bytes(dsn(sent[address], address, action=action, status=status))
        call_command("process_bounce", file=report, stdout=io.StringIO())
    assert state_of(address) == SubscriberState.CONFIRMED


def test_a_forged_bounce_without_our_message_id_suppresses_nobody(sent, tmp_path):
    address = "reader0@example.org"
    forged = sent[address].replace(b".subscriber-", b".subscriber-9")  # breaks the keyed check
    forged_id = forged.replace(b"Message-ID: <issue-", b"Message-ID: <issue-1")
    report = tmp_path / "report.eml"
    for original in (forged, forged_id, b"Subject: hello\r\n\r\nbody"):
        report.write_bytes(dsn(original, address))
        call_command("process_bounce", file=report, stdout=io.StringIO())
    assert state_of(address) == SubscriberState.CONFIRMED


@pytest.mark.parametrize(
    "body", [b"", b"not a message", b"Content-Type: multipart/report\r\n\r\n", b"\xff" * 100]
)
def test_anything_else_is_a_clear_400_and_changes_nothing(client, sent, settings, body):
    settings.BROADSHEET_NEWSLETTER_REPORT_SECRET = SECRET
    answer = client.post(
        "/newsletter/reports/",
        body,
        content_type="message/rfc822",
        HTTP_AUTHORIZATION=f"Bearer {SECRET}",
    )
    assert answer.status_code == 400
    assert answer.json()["message"].startswith("Ignored:")
    assert {state_of(a) for a in sent} == {SubscriberState.CONFIRMED}
