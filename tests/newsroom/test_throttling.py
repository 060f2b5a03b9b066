"""Sign-in throttling through the admin's own forms: lockouts by user name and by address."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from broadsheet.newsroom.throttling import RESETS_PER_EMAIL_PER_HOUR, TOO_MANY_RESETS

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-password-1"
LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "editor", "editor@example.org", PASSWORD, is_superuser=True
    )


def sign_in(client, username, password, ip="192.0.2.1"):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=ip
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


def test_the_right_password_is_refused_once_the_user_name_is_locked(client, settings, editor):
    for attempt in range(settings.BROADSHEET_LOGIN_FAILURE_LIMIT - 1):
        wrong = sign_in(client, "editor", f"guess-{attempt}", ip=f"198.51.100.{attempt + 1}")
        assert wrong.status_code == 200  # the form again, with Wagtail's usual error
    sign_in(client, "editor", "last-guess", ip="198.51.100.99")
    response = sign_in(client, "editor", PASSWORD, ip="203.0.113.7")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed sign-in attempts" in page
    assert 'class="login-form"' in page  # still the Wagtail login page, with the message on it
    assert not signed_in(client)


def test_an_address_is_locked_whatever_user_names_it_tries(client, settings, editor):
    get_user_model().objects.create_user("reporter", "reporter@example.org", PASSWORD)
    for n in range(settings.BROADSHEET_LOGIN_FAILURE_LIMIT):
        sign_in(client, f"someone-{n}", "password", ip="192.0.2.66")
    assert sign_in(client, "reporter", PASSWORD, ip="192.0.2.66").status_code == 429
    assert not signed_in(client)
    assert sign_in(client, "editor", PASSWORD, ip="192.0.2.67").status_code == 302
    assert signed_in(client)


def test_sixty_wrong_passwords_then_the_right_one_is_refused(client, editor):
    """The attack as reported: 60 wrong passwords in 45 s, then the right one."""
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for n in range(60):
            sign_in(client, "editor", f"guess-{n}")
            clock.shift(timedelta(seconds=0.75))
        assert sign_in(client, "editor", PASSWORD).status_code == 429
    assert not signed_in(client)


def test_the_lockout_ends_and_success_resets_the_count(client, settings, editor):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        for n in range(settings.BROADSHEET_LOGIN_FAILURE_LIMIT):
            sign_in(client, "editor", f"guess-{n}")
        assert sign_in(client, "editor", PASSWORD).status_code == 429
        clock.shift(timedelta(minutes=settings.BROADSHEET_LOGIN_LOCKOUT_MINUTES, seconds=1))
        assert sign_in(client, "editor", PASSWORD).status_code == 302
        client.logout()
        for n in range(settings.BROADSHEET_LOGIN_FAILURE_LIMIT - 1):
            sign_in(client, "editor", f"again-{n}")
        assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_the_django_admin_login_is_throttled_too(client, settings, editor):
    for n in range(settings.BROADSHEET_LOGIN_FAILURE_LIMIT):
        client.post(
            "/django-admin/login/",
            {"username": "editor", "password": f"x{n}"},
            REMOTE_ADDR="1.2.3.4",
        )
    response = client.post(
        "/django-admin/login/", {"username": "editor", "password": PASSWORD}, REMOTE_ADDR="1.2.3.5"
    )
    assert response.status_code == 429


def reset(client, email, ip="192.0.2.1"):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=ip)


def test_password_resets_are_limited_per_address(client, settings, editor):
    limit = settings.BROADSHEET_PASSWORD_RESETS_PER_HOUR
    for n in range(limit):
        assert reset(client, f"nobody-{n}@example.org").status_code == 302
    refused = reset(client, "editor@example.org")
    assert refused.status_code == 429
    assert TOO_MANY_RESETS in refused.content.decode()
    assert mail.outbox == []
    assert reset(client, "editor@example.org", ip="192.0.2.2").status_code == 302
    assert len(mail.outbox) == 1
    with time_machine.travel(timezone.now() + timedelta(hours=1, seconds=1)):
        assert reset(client, "editor@example.org").status_code == 302


def test_one_account_gets_few_reset_mails_and_the_answer_does_not_change(client, editor):
    answers = [
        reset(client, "Editor@Example.org", ip=f"198.51.100.{n}")
        for n in range(RESETS_PER_EMAIL_PER_HOUR + 3)
    ]
    assert {(a.status_code, a["Location"]) for a in answers} == {(302, answers[0]["Location"])}
    assert len(mail.outbox) == RESETS_PER_EMAIL_PER_HOUR


def test_a_sign_in_without_a_valid_address_is_recorded_without_one(client, editor):
    """A Unix socket or a test client gives no IP: axes's IP column (inet on PostgreSQL) gets none."""
    client.force_login(editor)
    assert signed_in(client)
    assert sign_in(client, "editor", "wrong", ip="not-an-address").status_code == 200
