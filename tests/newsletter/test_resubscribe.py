"""Nobody starts a newsletter for someone else: a request waits for the reader's confirmation."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from broadsheet.newsletter.models import Consent, ConsentAction, Subscriber, SubscriberState

from .conftest import ORIGIN, confirm_link, confirmed_subscriber, path_of, sign_up

pytestmark = pytest.mark.django_db


def weekly_only_reader(client, mail, address):
    """A reader who confirmed, then chose the opinion weekly and left the daily briefing."""
    subscriber = confirmed_subscriber(client, mail, address)
    client.post(subscriber.get_preferences_url(), {"newsletter": ["opinion-weekly"]})
    return subscriber


def test_a_left_newsletter_does_not_start_again_without_confirmation(
    client, site, mail, daily, weekly
):
    """The reported hole: a post of the address, while it is confirmed for another newsletter."""
    reader = weekly_only_reader(client, mail, "reader@example.org")
    assert not Subscriber.objects.receiving(daily).exists()
    with time_machine.travel(timezone.now() + timedelta(days=1, minutes=1)):
        response = sign_up(client, "reader@example.org", ip="203.0.113.9", HTTP_REFERER=ORIGIN)
        assert response.status_code == 200
        assert not Subscriber.objects.receiving(daily).exists()
        assert list(Subscriber.objects.receiving(weekly)) == [reader]
        reader.refresh_from_db()
        assert reader.state == SubscriberState.CONFIRMED
        note = mail.messages.wait_for(2)[-1]
        assert "Confirm" in note.subject and "Daily briefing" in note.text
        # Only the reader, from the mailbox, can start it.
        assert client.post(path_of(confirm_link(note))).status_code == 200
    assert list(Subscriber.objects.receiving(daily)) == [reader]
    actions = list(
        Consent.objects.filter(subscriber=reader, newsletter=daily).values_list("action", "source")
    )
    assert actions[-2:] == [
        (ConsentAction.REQUESTED, ORIGIN),
        (ConsentAction.CONFIRMED, "confirmation email"),
    ]


def test_within_a_day_of_the_last_mail_a_request_starts_nothing_and_sends_nothing(
    client, site, mail, daily, weekly
):
    weekly_only_reader(client, mail, "quiet@example.org")
    for n in range(5):
        sign_up(client, "quiet@example.org", ip=f"203.0.113.{n + 1}")
    assert not Subscriber.objects.receiving(daily).exists()
    assert len(mail.messages) == 1


def test_an_old_link_does_not_start_what_was_asked_for_after_it(client, site, mail, daily, weekly):
    """A link mailed before the request covers only what was asked for up to then."""
    reader = weekly_only_reader(client, mail, "later@example.org")
    with time_machine.travel(timezone.now() + timedelta(days=1, minutes=1)):
        client.post(reader.get_preferences_url(), {"newsletter": []})  # leaves everything
        reader.refresh_from_db()
        assert reader.state == SubscriberState.UNSUBSCRIBED
        sign_up(client, "later@example.org", ip="203.0.113.40")
        link = path_of(confirm_link(mail.messages.wait_for(2)[-1]))
        assert not Subscriber.objects.receiving(daily).exists()
        assert client.post(link).status_code == 200
    assert list(Subscriber.objects.receiving(daily)) == [reader]
    assert not Subscriber.objects.receiving(weekly).exists()


def test_every_state_change_leaves_a_consent_record_with_its_source(
    client, site, mail, daily, weekly
):
    reader = confirmed_subscriber(client, mail, "record@example.org")
    client.post(reader.get_preferences_url(), {"newsletter": ["opinion-weekly"]})
    client.post(f"/newsletter/unsubscribe/{reader.token}/opinion-weekly/")
    rows = list(
        Consent.objects.filter(subscriber=reader).values_list(
            "action", "newsletter__slug", "source"
        )
    )
    assert rows == [
        (ConsentAction.REQUESTED, "daily-briefing", ""),
        (ConsentAction.CONFIRMED, "daily-briefing", "confirmation email"),
        (ConsentAction.UNSUBSCRIBED, "daily-briefing", "preferences page"),
        (ConsentAction.CHANGED, "opinion-weekly", "preferences page"),
        (ConsentAction.UNSUBSCRIBED, "opinion-weekly", "unsubscribe link"),
    ]
    assert all(source for action, _slug, source in rows if action != ConsentAction.REQUESTED)
