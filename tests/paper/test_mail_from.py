"""Every mail the site sends comes from the paper in its settings, at DEFAULT_FROM_EMAIL's address."""

import email.policy
from email import message_from_bytes
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from broadsheet.newsletter.digest import build_issue
from broadsheet.newsletter.models import Subscriber
from broadsheet.newsletter.sending import fill_ledger, send_issue_now
from broadsheet.newsletter.setup import ensure_newsletters
from broadsheet.newsletter.testing import make_subscribers
from broadsheet.newsroom.roles import EDITORS, REPORTERS
from broadsheet.paper.models import PaperSettings
from tests.conftest import mailers_for
from tests.factories import make_article, make_home, make_section
from tests.newsroom.admin_browser import make_newsroom_user

pytestmark = pytest.mark.django_db

PAPER = "L'Écho du Port"
SENDER = "desk@echo.example"


@pytest.fixture
def paper(smtp_server):
    make_home()
    ensure_newsletters()
    settings = PaperSettings.for_default_site()
    settings.name = PAPER
    settings.save()
    with override_settings(
        MAILERS=mailers_for(smtp_server),
        DEFAULT_FROM_EMAIL=f"The Daily Broadsheet <{SENDER}>",
    ):
        yield smtp_server


def sender_of(received):
    """The From header as the raw bytes carry it, and as a reader's mail program shows it."""
    raw = next(line for line in received.raw.split(b"\r\n") if line.startswith(b"From:"))
    parsed = message_from_bytes(received.raw, policy=email.policy.default)["From"]
    return raw, parsed.addresses[0]


def assert_from_the_paper(received):
    raw, address = sender_of(received)
    assert (address.display_name, address.addr_spec) == (PAPER, SENDER)
    assert b"Daily Broadsheet" not in raw
    assert raw.endswith(f"<{SENDER}>".encode())
    assert received.sender == SENDER  # the envelope too


def test_the_confirmation_mail_comes_from_the_paper(paper, client):
    client.post(
        "/newsletter/subscribe/",
        {"email": "reader@example.org"},
        HTTP_ACCEPT="application/json",
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        HTTP_ORIGIN="http://testserver",
    )
    (received,) = paper.messages.wait_for(1)
    assert Subscriber.objects.filter(email="reader@example.org").exists()
    assert received.subject == f"Confirm your subscription to {PAPER}"
    assert_from_the_paper(received)


def test_an_issue_comes_from_the_paper(paper):
    daily = ensure_newsletters()["daily-briefing"]
    make_article(make_section("World"), "Harbour talks resume", weight=5)
    issue, _created = build_issue(daily, timezone.localdate())
    make_subscribers(1, [daily])
    fill_ledger(issue)
    send_issue_now(issue)
    (received,) = paper.messages.wait_for(1)
    assert_from_the_paper(received)


def test_review_notifications_come_from_the_paper(paper):
    call_command("setup_newsroom", stdout=StringIO())
    make_newsroom_user(EDITORS, "edith", "Edith", "Ward")
    reporter = make_newsroom_user(REPORTERS, "rafa", "Rafa", "Nunez")
    story = make_article(make_section("News"), "Ferry timetable changes", live=False)
    story.save_revision(user=reporter)
    story.get_workflow().start(story, reporter)
    (received,) = paper.messages.wait_for(1)
    assert received.recipients == ["edith@example.org"]
    assert_from_the_paper(received)


def test_a_password_reset_comes_from_the_paper(paper, client):
    call_command("setup_newsroom", stdout=StringIO())
    make_newsroom_user(EDITORS, "edith", "Edith", "Ward")
    response = client.post("/admin/password_reset/", {"email": "edith@example.org"})
    assert response.status_code == 302
    (received,) = paper.messages.wait_for(1)
    assert_from_the_paper(received)


def test_a_renamed_paper_signs_the_next_mail(paper, client):
    settings = PaperSettings.for_default_site()
    settings.name = "The Harbour Gazette"
    settings.save()
    client.post(
        "/newsletter/subscribe/",
        {"email": "second@example.org"},
        HTTP_ACCEPT="application/json",
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        HTTP_ORIGIN="http://testserver",
    )
    (received,) = paper.messages.wait_for(1)
    assert sender_of(received)[1].display_name == "The Harbour Gazette"
