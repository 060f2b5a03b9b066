"""The messages the newsletter sends: confirmation notes and issues, HTML inlined plus plain text."""

import binascii
import email.policy
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from email.utils import formatdate
from functools import cache
from urllib.parse import quote, urlsplit

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from broadsheet.paper.links import absolute_url
from broadsheet.paper.mail import sender, sender_address
from broadsheet.paper.models import PaperSettings

from .models import Issue, Subscriber

UNSUBSCRIBE_URL = "%%UNSUBSCRIBE_URL%%"
PREFERENCES_URL = "%%PREFERENCES_URL%%"
TOKEN = "__token__"


def mail_domain():
    """The domain Message-IDs and List-Ids are made in: the sender's, else the site's."""
    address = sender_address()
    if "@" in address:
        return address.rsplit("@", 1)[1]
    return urlsplit(settings.BROADSHEET_BASE_URL).hostname or "localhost"


MESSAGE_ID = re.compile(r"<issue-(\d{1,18})\.subscriber-(\d{1,18})\.([0-9a-f]{12})@[^<>\s]+>")


def message_check(issue_id, subscriber_id):
    """A keyed check in each Message-ID, so a bounce report naming it cannot be forged."""
    message = f"newsletter-message:{issue_id}.{subscriber_id}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:12]


def message_id(issue_id, subscriber_id):
    """The Message-ID of one issue for one subscriber: the same on every attempt."""
    check = message_check(issue_id, subscriber_id)
    return f"<issue-{issue_id}.subscriber-{subscriber_id}.{check}@{mail_domain()}>"


def subscriber_for_message_id(value):
    """The subscriber id a Message-ID of ours names, if its check holds; else None."""
    match = MESSAGE_ID.fullmatch(value.strip())
    if match is None:
        return None
    issue_id, subscriber_id, check = match.groups()
    if not hmac.compare_digest(check, message_check(issue_id, subscriber_id)):
        return None
    return int(subscriber_id)


def unsubscribe_path(subscriber_token, newsletter_slug):
    return reverse("newsletter:unsubscribe", args=[subscriber_token, newsletter_slug])


def list_unsubscribe(newsletter_slug, unsubscribe_url):
    """RFC 2369/8058 List-Unsubscribe value, `<https://…>, <mailto:…>`, to be written as is.

    Mailbox providers offer one-click unsubscribe only when they can read this plainly:
    never RFC 2047-encoded, and kept on one line (it is far below the 998-octet limit).
    """
    mailto = f"mailto:{sender_address()}?subject={quote('unsubscribe ' + newsletter_slug)}"
    return f"<{unsubscribe_url}>, <{mailto}>"


def list_headers(newsletter_slug):
    """The list headers besides List-Unsubscribe: the list's id and the one-click POST."""
    return {
        "List-Id": f"<{newsletter_slug}.{mail_domain()}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


class IssueEmail(EmailMultiAlternatives):
    """An issue as an EmailMessage whose List-Unsubscribe is written verbatim.

    The email package would fold a header holding a long URL by RFC 2047-encoding it; a header
    stored raw, under a policy that does not refold raw headers, goes out exactly as given.
    """

    def __init__(self, *args, list_unsubscribe="", **kwargs):
        super().__init__(*args, **kwargs)
        self.list_unsubscribe = list_unsubscribe

    def message(self, *, policy=email.policy.default):
        msg = super().message(policy=policy.clone(refold_source="none"))
        if self.list_unsubscribe:
            msg.set_raw("List-Unsubscribe", self.list_unsubscribe)
        return msg


@cache
def inliner():
    return css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=False)


def render_pair(template, context):
    """Render `<template>.html` (CSS inlined) and `<template>.txt` with the same context."""
    html = render_to_string(f"newsletter/email/{template}.html", context)
    text = render_to_string(f"newsletter/email/{template}.txt", context)
    return inliner().inline(html), text


def signup_message(subscriber, kind):
    """The mail a sign-up triggers: 'confirm' (double opt-in link) or 'known' (already on)."""
    from .signup import CONFIRMATION_MAX_AGE, confirmation_token

    paper_name = PaperSettings.for_default_site().name
    context = {
        "paper_name": paper_name,
        "preferences_url": absolute_url(subscriber.get_preferences_url()),
        "newsletters": (
            subscriber.requested_newsletters() or subscriber.newsletters()
            if kind == "confirm"
            else subscriber.newsletters()
        ),
        "valid_days": CONFIRMATION_MAX_AGE.days,
    }
    if kind == "confirm":
        token = confirmation_token(subscriber)
        context["confirm_url"] = absolute_url(reverse("newsletter:confirm", args=[token]))
        subject = f"Confirm your subscription to {paper_name}"
    else:
        subject = f"You already receive {paper_name} newsletters"
    html, text = render_pair(f"signup_{kind}", context)
    message = EmailMultiAlternatives(subject, text, sender(), [subscriber.email])
    message.attach_alternative(html, "text/html")
    return message


@dataclass
class RenderedIssue:
    """An issue rendered once, with placeholders for the per-subscriber links."""

    issue_id: int
    newsletter_slug: str
    subject: str
    html: str
    text: str
    sender: str

    def message_for(self, subscriber_id, subscriber_email, subscriber_token):
        """Return the issue's EmailMultiAlternatives for one subscriber."""
        unsubscribe_url = absolute_url(unsubscribe_path(subscriber_token, self.newsletter_slug))
        preferences_url = absolute_url(reverse("newsletter:preferences", args=[subscriber_token]))
        html = self.html.replace(UNSUBSCRIBE_URL, unsubscribe_url).replace(
            PREFERENCES_URL, preferences_url
        )
        text = self.text.replace(UNSUBSCRIBE_URL, unsubscribe_url).replace(
            PREFERENCES_URL, preferences_url
        )
        headers = {
            "Message-ID": message_id(self.issue_id, subscriber_id),
            **list_headers(self.newsletter_slug),
        }
        message = IssueEmail(
            self.subject,
            text,
            self.sender,
            [subscriber_email],
            headers=headers,
            list_unsubscribe=list_unsubscribe(self.newsletter_slug, unsubscribe_url),
        )
        message.attach_alternative(html, "text/html")
        return message


CRLF = b"\r\n"


def quoted_printable(text):
    """Encode a text body as quoted-printable with CRLF line ends."""
    encoded = binascii.b2a_qp(text.encode("utf-8"), istext=True)
    return encoded.replace(b"\r\n", b"\n").replace(b"\n", CRLF)


class IssueMIME:
    """Assemble one issue's MIME bytes per subscriber without the email package's parsing.

    Django's EmailMessage parses and refolds every header of every message, about 3 ms each;
    an issue's headers and bodies are the same for everyone but for a few links, so they are
    encoded once here and only the per-subscriber parts are built per message.
    """

    def __init__(self, rendered):
        self.rendered = rendered
        policy = email.policy.SMTP
        self.boundary = f"=_broadsheet_{rendered.issue_id}_{secrets.token_hex(8)}"
        self.static_headers = (
            policy.fold_binary("From", rendered.sender)
            + policy.fold_binary("Subject", rendered.subject)
            + b"MIME-Version: 1.0"
            + CRLF
            + f'Content-Type: multipart/alternative; boundary="{self.boundary}"'.encode()
            + CRLF
            + b"".join(
                f"{name}: {value}".encode() + CRLF
                for name, value in list_headers(rendered.newsletter_slug).items()
            )
        )
        # reverse() costs more than the rest of a message: resolve the links once, fill per token.
        self.unsubscribe_url = absolute_url(unsubscribe_path(TOKEN, rendered.newsletter_slug))
        self.preferences_url = absolute_url(reverse("newsletter:preferences", args=[TOKEN]))
        self.list_unsubscribe = list_unsubscribe(rendered.newsletter_slug, self.unsubscribe_url)

    def part(self, content_type, text):
        return (
            f"--{self.boundary}".encode()
            + CRLF
            + f'Content-Type: {content_type}; charset="utf-8"'.encode()
            + CRLF
            + b"Content-Transfer-Encoding: quoted-printable"
            + CRLF
            + CRLF
            + quoted_printable(text)
            + CRLF
        )

    def bytes_for(self, subscriber_id, recipient, subscriber_token):
        """The complete message for one subscriber, CRLF line ends, ready for DATA."""
        rendered = self.rendered
        unsubscribe_url = self.unsubscribe_url.replace(TOKEN, subscriber_token)
        preferences_url = self.preferences_url.replace(TOKEN, subscriber_token)
        html = rendered.html.replace(UNSUBSCRIBE_URL, unsubscribe_url).replace(
            PREFERENCES_URL, preferences_url
        )
        text = rendered.text.replace(UNSUBSCRIBE_URL, unsubscribe_url).replace(
            PREFERENCES_URL, preferences_url
        )
        headers = (
            f"To: {recipient}\r\n"
            f"Date: {formatdate()}\r\n"
            f"Message-ID: {message_id(rendered.issue_id, subscriber_id)}\r\n"
            f"List-Unsubscribe: {self.list_unsubscribe.replace(TOKEN, subscriber_token)}\r\n"
        ).encode("ascii")
        return (
            self.static_headers
            + headers
            + CRLF
            + self.part("text/plain", text)
            + self.part("text/html", html)
            + f"--{self.boundary}--".encode()
            + CRLF
        )


def render_issue(issue: Issue, preview=False):
    """Render an issue's HTML (inlined) and text once, links to personalise left as placeholders."""
    context = {
        "issue": issue,
        "newsletter": issue.newsletter,
        "paper_name": PaperSettings.for_default_site().name,
        "site_url": absolute_url("/"),
        "stories": issue.stories,
        "intro_paragraphs": [p.strip() for p in issue.intro.split("\n\n") if p.strip()],
        "unsubscribe_url": UNSUBSCRIBE_URL,
        "preferences_url": PREFERENCES_URL,
        "preview": preview,
    }
    html, text = render_pair("issue", context)
    return RenderedIssue(issue.pk, issue.newsletter.slug, issue.subject, html, text, sender())


def test_message(issue, address):
    """An issue as a subscriber would get it, addressed to `address`, with inert links."""
    rendered = render_issue(issue)
    fake = Subscriber(pk=0, email=address, token="test-send")
    message = rendered.message_for(fake.pk, address, fake.token)
    message.subject = f"[Test] {message.subject}"
    del message.extra_headers["Message-ID"]
    return message
