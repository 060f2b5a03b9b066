"""Topics exist publicly only through live, public articles: API, topic pages and their feeds."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

HIDDEN_TAGS = ["draft-only", "embargoed-only", "private-only"]


@pytest.fixture
def stories():
    news = make_section("News")
    make_article(news, "Council votes", tags=["Council", "Members only"])
    make_article(news, "Draft on the merger", tags=["Draft only", "Council"], live=False)
    embargoed = make_article(news, "Results at noon", tags=["Embargoed only"], live=False)
    embargoed.go_live_at = timezone.now() + timedelta(hours=6)
    embargoed.save_revision().publish()
    private = make_article(news, "Members briefing", tags=["Members only", "Council"])
    private_only = make_article(news, "Members extra", tags=["Private only"])
    for page in (private, private_only):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    embargoed.refresh_from_db()
    assert not embargoed.live
    return news


def test_api_lists_only_tags_of_live_public_articles_with_public_counts(client, stories):
    tags = client.get("/api/v1/tags").json()["results"]
    assert {t["name"]: t["articles"] for t in tags} == {"Council": 1, "Members only": 1}


@pytest.mark.parametrize("slug", HIDDEN_TAGS)
def test_a_tag_only_hidden_stories_carry_does_not_exist(client, stories, slug):
    assert client.get(f"/api/v1/tags/{slug}").status_code == 404
    assert client.get(f"/tags/{slug}/").status_code == 404
    for feed in ("rss.xml", "atom.xml", "feed.json"):
        assert client.get(f"/feeds/tags/{slug}/{feed}").status_code == 404


def test_a_tag_a_public_story_carries_has_its_page_and_feed(client, stories):
    assert client.get("/api/v1/tags/council").json()["articles"] == 1
    page = client.get("/tags/council/")
    assert page.status_code == 200
    assert "Council votes" in page.content.decode()
    assert "Members briefing" not in page.content.decode()
    assert client.get("/feeds/tags/council/rss.xml").status_code == 200
