"""List-Unsubscribe as the SMTP server receives it: plain `<https…>, <mailto…>`, one-click POST.

Checked on the raw bytes of DATA, since a parsed header hides RFC 2047 encoding and folding,
which are what stop mailbox providers from offering their own unsubscribe button.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from broadsheet.newsletter.digest import build_issue
from broadsheet.newsletter.emails import render_issue
from broadsheet.newsletter.sending import fill_ledger, send_issue_now
from broadsheet.newsletter.testing import make_subscribers
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

PLAIN = re.compile(
    rb"^List-Unsubscribe: <(https?://[!-~]+)>, <(mailto:[!-~]+)>\r\n", flags=re.MULTILINE
)


@pytest.fixture
def issue(site, daily):
    make_article(make_section("World"), "Harbour talks resume", weight=5)
    issue, _ = build_issue(daily, timezone.localdate())
    return issue


def raw_headers(received):
    return received.raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"


def assert_plain_list_headers(received):
    headers = raw_headers(received)
    assert b"=?" not in headers.split(b"List-Unsubscribe:", 1)[1].split(b"\r\n", 1)[0]
    (match,) = PLAIN.findall(headers)
    assert b"/newsletter/unsubscribe/" in match[0]
    assert match[1].startswith(b"mailto:")
    assert headers.count(b"\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n") == 1
    # Not folded: the next line starts a new header.
    after = headers.split(b"List-Unsubscribe: ", 1)[1].split(b"\r\n", 2)[1]
    assert after[:1] not in (b" ", b"\t")
    return match


def test_issue_over_smtp_has_plain_list_unsubscribe(mail, issue, daily):
    make_subscribers(1, [daily])
    fill_ledger(issue)
    send_issue_now(issue)
    (received,) = mail.messages.wait_for(1)
    url, _mailto = assert_plain_list_headers(received)
    assert url.decode() in received.text


def test_issue_as_an_email_message_has_it_plain_too(mail, issue):
    """Non-SMTP mailers (the demo's files) get the issue as an EmailMessage: same header."""
    render_issue(issue).message_for(1, "reader@example.org", "a-token").send()
    (received,) = mail.messages.wait_for(1)
    assert_plain_list_headers(received)


def test_test_send_from_the_admin_has_plain_list_unsubscribe(client, mail, issue):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    client.post(f"/admin/newsletter/issues/{issue.pk}/test-send/", {"email": "desk@example.org"})
    (received,) = mail.messages.wait_for(1)
    assert_plain_list_headers(received)
