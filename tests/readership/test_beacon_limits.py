"""Forged beacons: one read per reader per article per hour, caps per address, any body answered."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from broadsheet.readership.limits import (
    READS_PER_ADDRESS_PER_ARTICLE_PER_HOUR,
    READS_PER_ADDRESS_PER_HOUR,
)
from broadsheet.readership.templatetags.readership_tags import most_read_articles
from tests.factories import make_article, make_section

from .test_most_read import BROWSER_UA, beacon, reads_of

pytestmark = pytest.mark.django_db

NOON = datetime(2026, 5, 4, 12, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def test_150_forged_beacons_from_one_script_do_not_top_the_list(client):
    """The attack as reported: 150 beacons for two stories, varying the User-Agent every time."""
    section = make_section("News")
    read = [make_article(section, f"Read story {n}", photo=False) for n in range(3)]
    forged = [make_article(section, f"Pushed story {n}", photo=False) for n in range(2)]
    with time_machine.travel(NOON, tick=False):
        for n, article in enumerate(read):
            for reader in range(5 + n):
                beacon(client, article.pk, REMOTE_ADDR=f"203.0.113.{reader + 1}")
        for n in range(150):
            target = forged[n % 2]
            assert beacon(client, target.pk, user_agent=f"{BROWSER_UA} r{n}").status_code == 204
        titles = [title for _id, title, _url in most_read_articles()]
    assert [reads_of(a) for a in forged] == [READS_PER_ADDRESS_PER_ARTICLE_PER_HOUR] * 2
    assert titles[:3] == ["Read story 2", "Read story 1", "Read story 0"]


def test_one_read_per_reader_per_article_per_hour(client):
    article = make_article(photo=False)
    with time_machine.travel(NOON, tick=False) as clock:
        for _ in range(10):
            beacon(client, article.pk)
        assert reads_of(article) == 1
        beacon(client, article.pk, user_agent=BROWSER_UA + " Firefox")  # another reader, same NAT
        assert reads_of(article) == 2
        clock.shift(timedelta(hours=1))
        beacon(client, article.pk)
    assert reads_of(article) == 3


def test_one_address_counts_at_most_its_hourly_share(client):
    section = make_section("News")
    articles = [make_article(section, photo=False) for _ in range(READS_PER_ADDRESS_PER_HOUR + 5)]
    with time_machine.travel(NOON, tick=False):
        for article in articles:
            beacon(client, article.pk)
    counted = sum(reads_of(a) for a in articles)
    assert counted == READS_PER_ADDRESS_PER_HOUR


@pytest.mark.parametrize("body", ["9" * 32, "9" * 11, "2147483648", "0", "-1", "1e3", " 12 34"])
def test_out_of_range_ids_are_a_400_not_a_500(client, body):
    assert beacon(client, body).status_code == 400


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=st.one_of(st.binary(max_size=64), st.text(max_size=40).map(str.encode)))
def test_any_body_gets_an_answer_never_a_500(client, body):
    response = client.post(
        "/readership/beacon/",
        data=body,
        content_type="text/plain;charset=UTF-8",
        HTTP_ORIGIN="http://testserver",
        HTTP_USER_AGENT=BROWSER_UA,
    )
    assert response.status_code in {204, 400}
