"""The shared fixtures work for real: SMTP delivery and refusals, Chromium with axe-core.

Redis is exercised where the paper uses it: most-read's store (tests/readership/test_most_read.py)
and the caches through an outage (tests/paper/test_cache_outage.py).
"""

import smtplib

import pytest
from django.core.mail import EmailMultiAlternatives, send_mail
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.test import override_settings
from django.urls import path

from tests.conftest import axe_violations, describe_violations, mailers_for, screenshot

VALID_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A valid page</title></head>
<body><main><h1>Front page</h1><p>All the news that fits.</p></main></body></html>"""

PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk"
    "YAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)
IMAGE_WITHOUT_ALT = VALID_PAGE.replace("</main>", f'<img src="{PIXEL}" width="10"></main>')


def csp_page(request):
    """A page served under the site's nonce CSP, with one allowed and one blocked inline script."""
    scripts = (
        f'<script nonce="{get_nonce(request)}">document.body.dataset.nonced = "ran";</script>'
        '<script>document.body.dataset.inline = "ran";</script>'
    )
    return HttpResponse(VALID_PAGE.replace("</body>", f"{scripts}</body>"))


urlpatterns = [path("infrastructure/", csp_page)]


def test_mail_arrives_at_the_smtp_server(smtp_server):
    """A message sent through Django's mail API arrives, parsed, with its envelope."""
    with override_settings(MAILERS=mailers_for(smtp_server)):
        message = EmailMultiAlternatives(
            "Morning briefing",
            "Plain text body",
            "news@example.org",
            ["reader@example.org"],
            bcc=["archive@example.org"],
        )
        message.attach_alternative("<p>HTML body</p>", "text/html")
        assert message.send() == 1
    (mail,) = smtp_server.messages.wait_for(1)
    assert mail.sender == "news@example.org"
    assert sorted(mail.recipients) == ["archive@example.org", "reader@example.org"]
    assert mail.subject == "Morning briefing"
    assert mail.text.strip() == "Plain text body"
    assert mail.html.strip() == "<p>HTML body</p>"
    assert smtp_server.messages.to("archive@example.org") == [mail]


def test_permanent_refusal_raises(smtp_server):
    """A 550 for the only recipient raises SMTPRecipientsRefused with the code."""
    smtp_server.reject("gone@example.org", code=550)
    with (
        override_settings(MAILERS=smtp_server.mailers),
        pytest.raises(smtplib.SMTPRecipientsRefused) as refused,
    ):
        send_mail("Hello", "Body", "news@example.org", ["gone@example.org"])
    assert refused.value.recipients["gone@example.org"][0] == 550
    assert smtp_server.messages == []


def test_temporary_refusal_then_success(smtp_server):
    """A 4xx refusal limited to one attempt lets the retry through."""
    smtp_server.reject("busy@example.org", code=451, times=1)
    with override_settings(MAILERS=smtp_server.mailers):
        with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
            send_mail("Hello", "Body", "news@example.org", ["busy@example.org"])
        assert refused.value.recipients["busy@example.org"][0] == 451
        send_mail("Hello again", "Body", "news@example.org", ["busy@example.org"])
    (mail,) = smtp_server.messages.wait_for(1)
    assert mail.subject == "Hello again"


def test_refused_recipient_among_others_is_dropped(smtp_server):
    """With several recipients, SMTP drops only the refused one and delivers the rest."""
    smtp_server.reject("gone@example.org")
    with override_settings(MAILERS=smtp_server.mailers):
        send_mail("Hello", "Body", "news@example.org", ["gone@example.org", "here@example.org"])
    (mail,) = smtp_server.messages.wait_for(1)
    assert mail.recipients == ["here@example.org"]


@pytest.mark.browser
def test_axe_passes_a_valid_page(page):
    """axe-core finds no WCAG A/AA violation on a small, valid page."""
    page.set_content(VALID_PAGE)
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)


@pytest.mark.browser
def test_axe_reports_an_image_without_alt(page):
    """axe-core reports exactly one violation for an image lacking alt text."""
    page.set_content(IMAGE_WITHOUT_ALT)
    violations = axe_violations(page)
    assert [v["id"] for v in violations] == ["image-alt"], describe_violations(violations)
    assert len(violations[0]["nodes"]) == 1


@pytest.mark.browser
@pytest.mark.urls(__name__)
def test_live_server_page_under_csp(page, live_server, django_user_model):
    """A live_server page with the nonce CSP renders, takes axe, and the ORM still works."""
    response = page.goto(f"{live_server.url}/infrastructure/")
    assert response.status == 200
    assert "script-src 'self' 'nonce-" in response.headers["content-security-policy"]
    assert page.title() == "A valid page"
    assert page.evaluate("() => document.body.dataset.nonced") == "ran"
    assert page.evaluate("() => document.body.dataset.inline") is None
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)
    assert django_user_model.objects.count() == 0
    assert screenshot(page, "infrastructure-live-server").stat().st_size > 0
