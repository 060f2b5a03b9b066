"""Newsroom admin: subscribers (search, filter, CSV, erase), issues with counts, preview, test send."""

import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from broadsheet.newsletter.digest import build_issue
from broadsheet.newsletter.models import (
    Consent,
    Delivery,
    DeliveryState,
    IssueStatus,
    Subscriber,
    SubscriberState,
)
from broadsheet.newsletter.sending import fill_ledger
from broadsheet.newsletter.testing import make_subscribers
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, site):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def issue(site, daily):
    make_article(make_section("World"), "Harbour talks resume", weight=5)
    issue, _ = build_issue(daily, timezone.localdate())
    return issue


def test_subscriber_list_search_and_filter(editor, daily, weekly):
    make_subscribers(3, [daily], prefix="daily")
    make_subscribers(2, [weekly], prefix="weekly")
    Subscriber.objects.filter(email="daily0@example.org").update(state=SubscriberState.SUPPRESSED)
    url = "/admin/newsletter/subscribers/"
    page = editor.get(url).content.decode()
    assert "daily1@example.org" in page and "weekly1@example.org" in page
    found = editor.get(url, {"q": "weekly1"}).content.decode()
    assert "weekly1@example.org" in found and "daily1@example.org" not in found
    by_newsletter = editor.get(url, {"newsletter": weekly.pk}).content.decode()
    assert "weekly0@example.org" in by_newsletter and "daily2@example.org" not in by_newsletter
    by_state = editor.get(url, {"state": "suppressed"}).content.decode()
    assert "daily0@example.org" in by_state and "daily1@example.org" not in by_state


def test_subscriber_csv_export(editor, daily):
    make_subscribers(2, [daily])
    response = editor.get("/admin/newsletter/subscribers/", {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert {row["Email"] for row in rows} == {"reader0@example.org", "reader1@example.org"}
    assert {row["Newsletters"] for row in rows} == {"Daily briefing"}


def test_erase_a_subscriber_on_request(editor, daily, issue):
    (address,) = make_subscribers(1, [daily])
    fill_ledger(issue)
    subscriber = Subscriber.objects.get(email=address)
    url = f"/admin/newsletter/subscribers/{subscriber.pk}/erase/"
    confirm = editor.get(url)
    assert confirm.status_code == 200 and address in confirm.content.decode()
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()
    response = editor.post(url)
    assert response.status_code == 302
    assert not Subscriber.objects.filter(email=address).exists()
    assert not Consent.objects.filter(subscriber_id=subscriber.pk).exists()
    assert not Delivery.objects.filter(subscriber_id=subscriber.pk).exists()


def test_issue_list_shows_counts(editor, daily, issue):
    make_subscribers(4, [daily])
    fill_ledger(issue)
    rows = Delivery.objects.filter(issue=issue).order_by("pk")
    Delivery.objects.filter(pk=rows[0].pk).update(state=DeliveryState.SENT)
    Delivery.objects.filter(pk=rows[1].pk).update(state=DeliveryState.FAILED)
    Delivery.objects.filter(pk=rows[2].pk).update(state=DeliveryState.SUPPRESSED)
    assert issue.counts() == {"queued": 1, "sent": 1, "failed": 1, "suppressed": 1}
    page = editor.get("/admin/newsletter/issues/")
    assert page.status_code == 200
    html = page.content.decode()
    for label in ["Queued", "Sent", "Failed", "Suppressed"]:
        assert label in html
    detail = editor.get(f"/admin/newsletter/issue/{issue.pk}/".replace("issue/", "issues/"))
    assert detail.status_code == 200
    for name, value in issue.counts().items():
        assert f'data-count="{name}">{value}<' in detail.content.decode()


def test_preview_edit_intro_and_test_send(editor, issue, mail):
    preview = editor.get(f"/admin/newsletter/issues/{issue.pk}/preview/")
    assert preview.status_code == 200
    assert "Harbour talks resume" in preview.content.decode()
    assert "unsafe-inline" in preview["Content-Security-Policy"]

    edit = editor.post(
        f"/admin/newsletter/issues/edit/{issue.pk}/",
        {"subject": issue.subject, "intro": "An editor's note."},
    )
    assert edit.status_code == 302
    issue.refresh_from_db()
    assert issue.intro == "An editor's note."
    preview = editor.get(f"/admin/newsletter/issues/{issue.pk}/preview/").content.decode()
    assert re.search(r"An editor(&#x27;|&#39;|')s note\.", preview)

    editor.post(f"/admin/newsletter/issues/{issue.pk}/test-send/", {"email": "desk@example.org"})
    (received,) = mail.messages.wait_for(1)
    assert received.recipients == ["desk@example.org"]
    assert received.subject.startswith("[Test] ")
    assert "An editor's note." in received.text
    assert not Delivery.objects.exists()  # a test send is outside the ledger

    bad = editor.post(
        f"/admin/newsletter/issues/{issue.pk}/test-send/", {"email": "not an address"}, follow=True
    )
    assert "valid email address" in bad.content.decode()


def test_hold_and_send_now(editor, issue, mail, daily):
    make_subscribers(2, [daily])
    editor.post(f"/admin/newsletter/issues/{issue.pk}/hold/")
    issue.refresh_from_db()
    assert issue.status == IssueStatus.HELD
    from broadsheet.newsletter.tasks import send_issue

    send_issue.enqueue(issue.pk)  # the scheduled run finds it held
    assert not mail.messages
    editor.post(f"/admin/newsletter/issues/{issue.pk}/send-now/")
    mail.messages.wait_for(2)
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_admin_needs_permission(client, site, issue):
    user = get_user_model().objects.create_user("reader", "r@example.org", "pw")
    client.force_login(user)
    response = client.get(f"/admin/newsletter/issues/{issue.pk}/preview/")
    assert response.status_code in (302, 403)
