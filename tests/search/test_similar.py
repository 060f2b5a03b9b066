"""Related articles by text similarity, shared tags and section; drafts never among them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from broadsheet.search.related import related_articles
from broadsheet.search.similar import similarity_terms
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def titles(articles):
    return [article.title for article in articles]


def test_stories_about_the_same_event_find_each_other_across_sections():
    news, business, sport = make_section("News"), make_section("Business"), make_section("Sport")
    story = make_article(
        news,
        "Northport dockers strike over pay",
        standfirst="Cranes stand idle at the container terminal.",
        photo=False,
    )
    same_event = make_article(
        business,
        "Shipping lines divert cargo as Northport strike bites",
        standfirst="Container traffic moves to rival ports.",
        photo=False,
    )
    make_article(sport, "Northport United sign a striker", standfirst="A new forward.", photo=False)
    make_article(news, "Council approves library budget", standfirst="Books for all.", photo=False)
    related = related_articles(story)
    assert related[0] == same_event


def test_shared_tags_outrank_the_same_section():
    news, culture = make_section("News"), make_section("Culture")
    story = make_article(news, "Museum reopens", tags=["Museums", "Northport"], photo=False)
    neighbour = make_article(news, "Bus fares rise", photo=False)
    tagged = make_article(
        culture, "Gallery opens a new wing", tags=["Museums", "Northport"], photo=False
    )
    related = related_articles(story)
    assert titles(related[:2]) == [tagged.title, neighbour.title]


def test_drafts_and_the_article_itself_never_appear():
    news = make_section("News")
    story = make_article(news, "Harbour strike ends", tags=["Port strike"], photo=False)
    draft = make_article(
        news, "Harbour strike ends: draft", tags=["Port strike"], live=False, photo=False
    )
    withdrawn = make_article(news, "Harbour strike ends, says union", photo=False)
    withdrawn.unpublish()
    related = related_articles(story)
    assert story not in related and draft not in related and withdrawn not in related


def test_query_count_is_fixed():
    news = make_section("News")
    story = make_article(news, "Harbour strike ends", tags=["Port strike"], photo=False)
    for n in range(8):
        make_article(news, f"Harbour report {n}", tags=["Port strike"], photo=False)
    tags = list(story.tags.all())
    with CaptureQueriesContext(connection) as queries:
        related = related_articles(story, tags=tags)
        for article in related:
            [link.person.name for link in article.article_authors.all()]
    assert len(related) == 4
    # One query asks for the editor's choice; PostgreSQL turns the words into lexemes first, and
    # reads its word statistics once per content generation, to leave out the very common ones.
    budget = 7 if connection.vendor == "postgresql" else 6
    assert len(queries) <= budget, [q["sql"][:100] for q in queries]


def test_similarity_terms_skip_common_words():
    story = make_article(
        title="The minister says the strike is over", standfirst="It was long.", photo=False
    )
    assert similarity_terms(story, ["Port strike"]) == ["minister", "strike", "port", "long"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="word statistics of PostgreSQL")
def test_very_common_words_do_not_make_stories_related(monkeypatch):
    from django.core.cache import cache

    from broadsheet.search import similar

    news = make_section("News")
    sport = make_section("Sport")
    story = make_article(news, "Lighthouse keeper rescues kayaker", photo=False)
    same_event = make_article(sport, "Kayaker thanks lighthouse keeper", photo=False)
    others = [make_article(sport, f"Lighthouse open day {n}", photo=False) for n in range(6)]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE broadsheet_search_searchentry")
    assert set(related_articles(story, count=8)) >= {same_event, *others}

    monkeypatch.setattr(similar, "COMMON_ARTICLES", 3)  # "lighthouse" is in 8 summaries
    cache.clear()
    assert related_articles(story, count=8) == [same_event]
