"""The front page picks its lead by news value and time, or takes the editor's order."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from broadsheet.home.models import FeaturedStory, HomePage
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def front(client):
    return BeautifulSoup(client.get("/").content, "html.parser")


def test_lead_is_the_weightiest_recent_story_and_sections_get_blocks(client):
    news, sport = make_section("News"), make_section("Sport")
    make_article(news, "A routine council meeting", weight=2)
    make_article(news, "Flood defences fail in the night", weight=5)
    make_article(sport, "Cup final tickets sell out", weight=3)
    make_article(sport, "Club appoints a new coach", weight=1)
    for n in range(3):
        make_article(
            news, f"Older news item {n}", weight=1, published=timezone.now() - timedelta(days=3)
        )
        make_article(
            sport, f"Older sport item {n}", weight=1, published=timezone.now() - timedelta(days=3)
        )
    page = front(client)
    assert (
        page.select_one(".front__lead .teaser__headline").text == "Flood defences fail in the night"
    )
    top = [h.text for h in page.select(".front__top-stories .teaser__headline")]
    assert top[0] == "Cup final tickets sell out"
    latest = [a.text for a in page.select(".latest__list a")]
    assert latest[0] == "A routine council meeting", "latest news is newest first"
    assert [h.text for h in page.select(".section-block .block-heading")] == ["News", "Sport"]


def test_editor_choice_leads_the_page(client):
    news = make_section("News")
    make_article(news, "The biggest story by weight", weight=5)
    chosen = make_article(news, "The editor's choice today", weight=2)
    home = HomePage.objects.get()
    home.featured_stories.add(FeaturedStory(article=chosen))
    home.save_revision().publish()
    assert front(client).select_one(".front__lead .teaser__headline").text == chosen.title


def test_opinion_goes_to_the_opinion_column_not_the_news_blocks(client):
    opinion = make_section("Opinion")
    make_article(make_section("News"), "Port reopens", weight=3)
    make_article(opinion, "Why the port matters", kind="opinion", weight=5)
    page = front(client)
    assert page.select_one(".front__lead .teaser__headline").text == "Port reopens"
    assert "Why the port matters" in page.select_one(".opinion-widget").text
