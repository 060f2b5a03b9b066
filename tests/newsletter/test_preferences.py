"""The preferences page every email links to: choose newsletters, or stop them all."""

import pytest

from broadsheet.newsletter.models import Consent, ConsentAction, Subscriber, SubscriberState

from .conftest import confirmed_subscriber, parse

pytestmark = pytest.mark.django_db


def test_preferences_page_lists_newsletters_without_cookies(client, site, mail, daily, weekly):
    subscriber = confirmed_subscriber(client, mail, "prefs@example.org")
    response = client.get(subscriber.get_preferences_url())
    assert response.status_code == 200
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    boxes = {
        i["value"]: "checked" in i
        for form in parse(response.content.decode()).forms
        for i in form["inputs"]
        if i.get("name") == "newsletter"
    }
    assert boxes == {"daily-briefing": True, "opinion-weekly": False}


def test_add_the_weekly_and_drop_the_daily(client, site, mail, daily, weekly):
    subscriber = confirmed_subscriber(client, mail, "swap@example.org")
    response = client.post(subscriber.get_preferences_url(), {"newsletter": ["opinion-weekly"]})
    assert response.status_code == 200
    assert list(Subscriber.objects.receiving(weekly)) == [subscriber]
    assert not Subscriber.objects.receiving(daily).exists()
    actions = set(
        Consent.objects.filter(subscriber=subscriber).values_list("action", "newsletter__slug")
    )
    assert (ConsentAction.CHANGED, "opinion-weekly") in actions
    assert (ConsentAction.UNSUBSCRIBED, "daily-briefing") in actions


def test_unsubscribe_from_all(client, site, mail, daily):
    subscriber = confirmed_subscriber(client, mail, "stop@example.org")
    client.post(subscriber.get_preferences_url(), {"all": "stop", "newsletter": ["daily-briefing"]})
    subscriber.refresh_from_db()
    assert subscriber.state == SubscriberState.UNSUBSCRIBED
    assert not Subscriber.objects.receiving(daily).exists()


def test_unknown_token_is_404(client, site):
    assert client.get("/newsletter/preferences/nope/").status_code == 404
    assert client.post("/newsletter/unsubscribe/nope/daily-briefing/").status_code == 404
