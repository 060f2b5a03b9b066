"""Sign-up from the footer: JSON and page answers, validation, protection, no enumeration."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from broadsheet.newsletter import signup
from broadsheet.newsletter.models import Consent, ConsentAction, Subscriber, SubscriberState

from .conftest import ORIGIN, confirm_link, confirmed_subscriber, parse, path_of, sign_up

pytestmark = pytest.mark.django_db(transaction=False)


def test_footer_form_on_every_public_page_without_cookies(client, site):
    """The home page carries the footer form (field `email`, honeypot, live region), sets no cookie."""
    response = client.get("/")
    assert response.status_code == 200
    assert not response.cookies
    page = parse(response.content.decode())
    (form,) = [f for f in page.forms if f["attrs"].get("id") == "emailFormFooter"]
    assert form["attrs"]["action"] == "/newsletter/subscribe/"
    assert form["attrs"]["method"] == "post"
    names = {i.get("name") for i in form["inputs"]}
    assert {"email", "website"} <= names
    assert "csrfmiddlewaretoken" not in names
    assert page.ids["messageContainerFooter"][1]["aria-live"] == "polite"
    assert page.ids["emailFooter"][1]["type"] == "email"


def test_json_signup_sends_a_confirmation(client, site, mail, daily):
    """The page script's request gets 200 JSON; a confirmation mail arrives; nothing is confirmed."""
    response = sign_up(client, "Reader@Example.org", HTTP_REFERER=f"{ORIGIN}/world/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"message": signup.ACCEPTED}
    assert not response.cookies
    (message,) = mail.messages.wait_for(1)
    assert message.recipients == ["reader@example.org"]
    assert "/newsletter/confirm/" in message.text
    assert "/newsletter/confirm/" in message.html
    subscriber = Subscriber.objects.get(email="reader@example.org")
    assert subscriber.state == SubscriberState.PENDING
    consent = Consent.objects.get(subscriber=subscriber)
    assert (consent.action, consent.newsletter, consent.source) == (
        ConsentAction.REQUESTED,
        daily,
        f"{ORIGIN}/world/",
    )


@pytest.mark.parametrize(
    "address",
    [
        "",
        "plain",
        "a@b",
        "two@@example.org",
        "dots..here@example.org",
        ".lead@example.org",
        "trail@example.org.",
        "trail.@example.org",
        "space in@example.org",
        "<script>@example.org",
        "x" * 250 + "@example.org",
        "bad@exa_mple.org",
        "bad@-example.org",
        "bad@example.c",
    ],
)
def test_invalid_addresses_get_a_helpful_400(client, site, mail, address):
    response = sign_up(client, address)
    assert response.status_code == 400
    assert response.json() == {"message": signup.INVALID}
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize(
    "address, stored",
    [
        ("leser@bücher.de", "leser@bücher.de"),
        ("reader@例え.テスト", "reader@例え.テスト"),
        ("first.last+news@Sub.Example.CO.UK", "first.last+news@sub.example.co.uk"),
    ],
)
def test_idn_and_plus_addresses_are_accepted(client, site, mail, address, stored):
    """IDN domains are accepted and mailed to in their ASCII (punycode) form."""
    assert sign_up(client, address).status_code == 200
    assert Subscriber.objects.filter(email=stored).exists()
    (message,) = mail.messages.wait_for(1)
    local, domain = stored.split("@")
    assert message.recipients == [f"{local}@{domain.encode('idna').decode()}"]


def test_without_javascript_the_answer_is_a_page(client, site, mail):
    """A plain form POST gets an HTML page with the same message; an invalid one a 400 page."""
    response = client.post(
        "/newsletter/subscribe/", {"email": "page@example.org"}, HTTP_ORIGIN=ORIGIN
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert signup.ACCEPTED in response.content.decode()
    bad = client.post("/newsletter/subscribe/", {"email": "nope"}, HTTP_ORIGIN=ORIGIN)
    assert bad.status_code == 400
    assert signup.INVALID in bad.content.decode()
    assert not bad.cookies


def test_cross_site_posts_are_refused(client, site, mail):
    """Another origin, or no Origin nor Referer, is refused with a message and nothing stored."""
    for headers in [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": None, "HTTP_REFERER": "https://evil.example/page"},
        {"HTTP_ORIGIN": None},
    ]:
        headers = {k: v for k, v in headers.items() if v is not None}
        response = client.post(
            "/newsletter/subscribe/",
            {"email": "victim@example.org"},
            HTTP_ACCEPT="application/json",
            **headers,
        )
        assert response.status_code == 403
        assert response.json()["message"] == signup.REFUSED
    same_site_referer = client.post(
        "/newsletter/subscribe/",
        {"email": "ok@example.org"},
        HTTP_ACCEPT="application/json",
        HTTP_REFERER=f"{ORIGIN}/news/",
    )
    assert same_site_referer.status_code == 200
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["ok@example.org"]


def test_honeypot_answers_like_success_but_stores_nothing(client, site, mail):
    response = client.post(
        "/newsletter/subscribe/",
        {"email": "bot@example.org", "website": "http://spam.example"},
        HTTP_ACCEPT="application/json",
        HTTP_ORIGIN=ORIGIN,
    )
    assert response.status_code == 200
    assert response.json()["message"] == signup.ACCEPTED
    assert not Subscriber.objects.exists()
    assert not mail.messages


def test_ten_signups_per_hour_per_ip_then_429(client, site, mail):
    with time_machine.travel("2026-11-30 09:00Z", tick=False) as clock:
        for n in range(10):
            assert sign_up(client, f"r{n}@example.org", ip="198.51.100.7").status_code == 200
        response = sign_up(client, "r10@example.org", ip="198.51.100.7")
        assert response.status_code == 429
        assert response.json() == {"message": signup.TOO_MANY}
        assert sign_up(client, "other@example.org", ip="198.51.100.8").status_code == 200
        clock.shift(timedelta(hours=1, seconds=1))
        assert sign_up(client, "r10@example.org", ip="198.51.100.7").status_code == 200
    assert Subscriber.objects.count() == 12


def test_one_confirmation_mail_per_address_per_day(client, site, mail):
    """Repeated sign-ups get the usual answer, but a second mail only after 24 hours."""
    with time_machine.travel("2026-11-30 09:00Z", tick=False) as clock:
        for _ in range(3):
            assert sign_up(client, "again@example.org").json()["message"] == signup.ACCEPTED
        mail.messages.wait_for(1)
        clock.shift(timedelta(hours=23))
        assert sign_up(client, "again@example.org", ip="192.0.2.99").status_code == 200
        clock.shift(timedelta(hours=1, seconds=1))
        assert sign_up(client, "again@example.org", ip="192.0.2.99").status_code == 200
        mail.messages.wait_for(2)
    assert len(mail.messages.to("again@example.org")) == 2


def test_same_answer_whatever_the_state(client, site, mail):
    """New, pending, confirmed and unsubscribed addresses all get the same status and message."""
    confirmed_subscriber(client, mail, "confirmed@example.org")
    gone = confirmed_subscriber(client, mail, "gone@example.org")
    signup.unsubscribe(gone, None)
    sign_up(client, "pending@example.org")
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        answers = {
            address: sign_up(client, address, ip="203.0.113.5")
            for address in [
                "new@example.org",
                "pending@example.org",
                "confirmed@example.org",
                "gone@example.org",
            ]
        }
    assert {(r.status_code, r.content) for r in answers.values()} == {
        (200, answers["new@example.org"].content)
    }


def test_confirm_needs_the_post_and_works_once(client, site, mail, daily):
    """GET shows a button and confirms nothing (mail scanners); POST confirms; the link is spent."""
    sign_up(client, "scan@example.org")
    link = path_of(confirm_link(mail.messages.wait_for(1)[0]))
    page = client.get(link)
    assert page.status_code == 200
    assert not page.cookies
    assert "no-store" in page["Cache-Control"]
    (button_form,) = [f for f in parse(page.content.decode()).forms if "action" not in f["attrs"]]
    assert button_form["attrs"]["method"] == "post"
    assert Subscriber.objects.get().state == SubscriberState.PENDING

    done = client.post(link)
    assert done.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.state == SubscriberState.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert Consent.objects.filter(
        subscriber=subscriber, action=ConsentAction.CONFIRMED, newsletter=daily
    ).exists()
    assert client.post(link).status_code == 410
    assert client.get(link).status_code == 410


def test_confirmation_link_expires(client, site, mail):
    with time_machine.travel("2026-11-30 09:00Z", tick=False) as clock:
        sign_up(client, "late@example.org")
        link = path_of(confirm_link(mail.messages.wait_for(1)[0]))
        clock.shift(timedelta(days=3, minutes=1))
        assert client.post(link).status_code == 410
    assert Subscriber.objects.get().state == SubscriberState.PENDING


def test_tampered_link_is_refused(client, site, mail):
    sign_up(client, "tamper@example.org")
    link = path_of(confirm_link(mail.messages.wait_for(1)[0]))
    assert client.post(link[:-3] + "xx/").status_code == 410
    assert client.post("/newsletter/confirm/garbage/").status_code == 410


def test_already_confirmed_address_gets_a_note_not_a_new_confirmation(client, site, mail):
    subscriber = confirmed_subscriber(client, mail, "known@example.org")
    with time_machine.travel(timezone.now() + timedelta(days=1, minutes=1)):
        assert sign_up(client, "known@example.org", ip="192.0.2.50").status_code == 200
    note = mail.messages.wait_for(2)[-1]
    assert "already" in note.subject
    assert subscriber.get_preferences_url() in note.text
    subscriber.refresh_from_db()
    assert subscriber.state == SubscriberState.CONFIRMED


def test_reference_sign_up_script_works_unchanged_at_its_own_address(client, site, mail):
    """The footer script of the reference page posts to /subscribeNewsletter; it gets our answer."""
    response = client.post(
        "/subscribeNewsletter",
        {"email": "compatible@example.org"},
        HTTP_ACCEPT="application/json",
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        HTTP_ORIGIN=ORIGIN,
    )
    assert response.status_code == 200
    assert response.json()["message"]
    assert "compatible@example.org" in mail.messages.wait_for(1)[0].recipients
