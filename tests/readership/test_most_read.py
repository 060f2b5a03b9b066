"""Read counting by beacon, per article per hour, and the rolling 24-hour most-read list."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.test import override_settings

from broadsheet.readership.models import HourlyReadCount
from broadsheet.readership.stores import DatabaseStore, RedisStore
from broadsheet.readership.templatetags.readership_tags import most_read_articles
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
NOON = datetime(2026, 5, 4, 12, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def beacon(client, article_id, origin="http://testserver", user_agent=BROWSER_UA, **headers):
    if origin:
        headers["HTTP_ORIGIN"] = origin
    return client.post(
        "/readership/beacon/",
        data=str(article_id),
        content_type="text/plain;charset=UTF-8",
        HTTP_USER_AGENT=user_agent,
        **headers,
    )


def reads_of(article):
    return sum(
        HourlyReadCount.objects.filter(article_id=article.pk).values_list("reads", flat=True)
    )


def test_beacon_counts_a_read_per_hour_without_cookies(client):
    article = make_article(photo=False)
    with time_machine.travel(NOON, tick=False):
        response = beacon(client, article.pk, HTTP_SEC_FETCH_SITE="same-origin")
        beacon(client, article.pk, REMOTE_ADDR="198.51.100.7")
    with time_machine.travel(NOON + timedelta(hours=1), tick=False):
        beacon(client, article.pk)
    assert response.status_code == 204
    assert not response.cookies
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    rows = list(HourlyReadCount.objects.order_by("hour").values_list("hour", "reads"))
    assert rows == [
        (datetime(2026, 5, 4, 12, tzinfo=UTC), 2),
        (datetime(2026, 5, 4, 13, tzinfo=UTC), 1),
    ]


@pytest.mark.parametrize(
    "user_agent",
    ["Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", "", "HeadlessChrome/120"],
)
def test_bots_are_not_counted(client, user_agent):
    article = make_article(photo=False)
    assert beacon(client, article.pk, user_agent=user_agent).status_code == 204
    assert reads_of(article) == 0


def test_cross_site_and_malformed_beacons_are_refused(client):
    article = make_article(photo=False)
    assert beacon(client, article.pk, origin="https://evil.example").status_code == 403
    assert beacon(client, article.pk, origin=None).status_code == 403
    assert beacon(client, article.pk, HTTP_SEC_FETCH_SITE="cross-site").status_code == 403
    assert beacon(client, "1; DROP TABLE").status_code == 400
    assert beacon(client, "9" * 100).status_code == 400
    assert client.get("/readership/beacon/").status_code == 405
    assert reads_of(article) == 0


def test_drafts_are_never_counted_or_listed(client):
    draft = make_article(title="Secret draft", live=False, photo=False)
    beacon(client, draft.pk)
    assert reads_of(draft) == 0
    live = make_article(title="Live story", photo=False)
    beacon(client, live.pk)
    live.unpublish()
    assert most_read_articles() == []


def test_most_read_is_a_rolling_24_hours(client):
    section = make_section("News")
    old = make_article(section, "Yesterday's story", photo=False)
    fresh = make_article(section, "Today's story", photo=False)
    steady = make_article(section, "Steady story", photo=False)
    store = DatabaseStore()
    for _ in range(5):
        store.record(old.pk, now=NOON - timedelta(hours=24))
    for _ in range(3):
        store.record(fresh.pk, now=NOON)
    store.record(steady.pk, now=NOON - timedelta(hours=23))
    store.record(steady.pk, now=NOON - timedelta(hours=1))
    with time_machine.travel(NOON, tick=False):
        titles = [title for _id, title, _url in most_read_articles()]
    assert titles == ["Today's story", "Steady story"]


def test_lists_on_home_and_article_pages_with_the_beacon(client):
    section = make_section("News")
    popular = make_article(section, "Popular story", photo=False)
    other = make_article(section, "Other story", photo=False)
    DatabaseStore().record(popular.pk)
    home = client.get("/").content.decode()
    assert "Most read" in home and "Popular story" in home
    assert "readership/js/beacon.js" not in home
    response = client.get(other.url)
    html = response.content.decode()
    assert "Most read" in html
    assert f'data-article="{other.pk}"' in html
    assert 'data-endpoint="/readership/beacon/"' in html
    assert "public" in response["Cache-Control"]
    assert not response.cookies


def test_redis_store_counts_and_ranks(redis_url, client):
    section = make_section("News")
    first = make_article(section, "First", photo=False)
    second = make_article(section, "Second", photo=False)
    store = RedisStore(redis_url)
    store.record(first.pk, now=NOON - timedelta(hours=30))
    store.record(first.pk, now=NOON - timedelta(hours=30))
    store.record(second.pk, now=NOON - timedelta(hours=2))
    store.record(first.pk, now=NOON)
    assert store.most_read(10, now=NOON) == [(second.pk, 1), (first.pk, 1)]  # ties: newest id first
    store.record(second.pk, now=NOON)
    assert store.most_read(10, now=NOON) == [(second.pk, 2), (first.pk, 1)]
    ttl = store.client.ttl(store.key(datetime(2026, 5, 4, 12, tzinfo=UTC)))
    assert 0 < ttl <= 25 * 3600
    with override_settings(
        BROADSHEET_READERSHIP_STORE="redis", BROADSHEET_READERSHIP_REDIS_URL=redis_url
    ):
        beacon(client, first.pk)
        beacon(client, first.pk)
        titles = [title for _id, title, _url in most_read_articles()]
    assert titles[0] == "First"
    assert HourlyReadCount.objects.count() == 0


def test_old_counts_are_pruned_daily():
    from broadsheet.newsroom.schedule import run_due_jobs

    article = make_article(photo=False)
    store = DatabaseStore()
    store.record(article.pk, now=NOON - timedelta(days=8))
    store.record(article.pk, now=NOON - timedelta(days=2))
    with time_machine.travel(NOON, tick=False):
        assert "readership-prune" in run_due_jobs()
    assert list(HourlyReadCount.objects.values_list("hour", flat=True)) == [
        datetime(2026, 5, 2, 12, tzinfo=UTC)
    ]
