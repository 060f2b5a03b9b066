"""The search page: ranking, filters, snippets, odd input, and only live articles."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from broadsheet.search.query import highlight, query_words
from tests.factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db


def found_titles(response):
    return [result["article"].title for result in response.context["results"]]


@pytest.fixture
def newsroom():
    news = make_section("News")
    sport = make_section("Sport")
    ada = make_person("Ada Lane")
    ben = make_person("Ben Ortiz")
    articles = {
        "harbour": make_article(
            news,
            "Harbour strike ends after talks",
            standfirst="Dockers return to work at Northport harbour.",
            paragraphs=["The harbour strike lasted nine days.", "Cranes moved again at dawn."],
            authors=[ada],
            tags=["Port strike"],
            published=datetime(2026, 3, 10, 9, tzinfo=UTC),
        ),
        "cup": make_article(
            sport,
            "Northport win the cup",
            standfirst="A late goal settles the final.",
            paragraphs=["Fans filled the harbour front to celebrate."],
            authors=[ben],
            published=datetime(2026, 3, 12, 9, tzinfo=UTC),
        ),
        "budget": make_article(
            news,
            "Council budget approved",
            standfirst="Spending rises on roads.",
            paragraphs=["The vote was close."],
            authors=[ben],
            tags=["Budget"],
            published=datetime(2026, 2, 1, 9, tzinfo=UTC),
        ),
        "draft": make_article(
            news,
            "Harbour secret plan",
            standfirst="Not ready yet: harbour.",
            paragraphs=["Embargoed harbour copy."],
            authors=[ada],
            live=False,
        ),
    }
    return {"news": news, "sport": sport, "ada": ada, "ben": ben, **articles}


def test_ranks_headline_matches_first_and_marks_words(client, newsroom):
    response = client.get("/search/", {"q": "harbour"})
    assert response.status_code == 200
    titles = found_titles(response)
    assert titles[0] == "Harbour strike ends after talks"
    assert set(titles) == {"Harbour strike ends after talks", "Northport win the cup"}
    html = response.content.decode()
    assert "<mark>Harbour</mark> strike ends after talks" in html
    assert "<mark>harbour</mark>" in html


def test_drafts_never_appear(client, newsroom):
    for q in ["harbour", "embargoed", "secret plan"]:
        response = client.get("/search/", {"q": q})
        assert "Harbour secret plan" not in found_titles(response)
        assert "Embargoed" not in response.content.decode()


def test_finds_body_standfirst_tags_and_authors(client, newsroom):
    assert found_titles(client.get("/search/", {"q": "cranes"})) == [
        "Harbour strike ends after talks"
    ]
    assert found_titles(client.get("/search/", {"q": "late goal"})) == ["Northport win the cup"]
    assert found_titles(client.get("/search/", {"q": "budget"})) == ["Council budget approved"]
    assert set(found_titles(client.get("/search/", {"q": "Ortiz"}))) == {
        "Northport win the cup",
        "Council budget approved",
    }


def test_filters_by_section_author_and_dates(client, newsroom):
    assert found_titles(client.get("/search/", {"q": "harbour", "section": "sport"})) == [
        "Northport win the cup"
    ]
    assert found_titles(
        client.get("/search/", {"q": "harbour", "author": newsroom["ada"].slug})
    ) == ["Harbour strike ends after talks"]
    assert found_titles(
        client.get("/search/", {"q": "harbour", "since": "2026-03-11", "until": "2026-03-31"})
    ) == ["Northport win the cup"]


def test_sorts_by_date(client, newsroom):
    response = client.get("/search/", {"q": "harbour", "sort": "date"})
    assert found_titles(response) == ["Northport win the cup", "Harbour strike ends after talks"]


def test_empty_nonsense_and_unmatched_queries_answer_plainly(client, newsroom):
    empty = client.get("/search/")
    assert empty.status_code == 200
    assert "Search the archive" in empty.content.decode()
    nonsense = client.get("/search/", {"q": '*&^% "" ( OR NEAR'})
    assert nonsense.status_code == 200
    symbols = client.get("/search/", {"q": "*&^%$"})
    assert "Nothing to search for" in symbols.content.decode()
    nothing = client.get("/search/", {"q": "zxqvbn"})
    assert "No articles found for “zxqvbn”" in nothing.content.decode()


def test_bad_filters_get_messages_not_errors(client, newsroom):
    response = client.get("/search/", {"q": "harbour", "since": "yesterday", "section": "nope"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter a valid date." in html
    assert "Select a valid choice." in html
    backwards = client.get(
        "/search/", {"q": "harbour", "since": "2026-03-10", "until": "2026-03-01"}
    )
    assert "must not be after" in backwards.content.decode()
    past_end = client.get("/search/", {"q": "harbour", "page": "99"})
    assert past_end.status_code == 200


def test_paginates(client):
    section = make_section("News")
    for n in range(23):
        make_article(section, f"Lighthouse report {n}", photo=False)
    first = client.get("/search/", {"q": "lighthouse"})
    assert first.context["paginator"].count == 23
    assert len(found_titles(first)) == 20
    assert 'rel="next"' in first.content.decode()
    second = client.get("/search/", {"q": "lighthouse", "page": "2"})
    assert len(found_titles(second)) == 3


def test_search_page_stays_within_query_budget_and_sets_no_cookie(client, newsroom):
    client.get("/search/", {"q": "harbour"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/search/", {"q": "harbour", "section": "news"})
    assert len(queries) <= 10, "\n".join(q["sql"][:150] for q in queries)
    assert not response.cookies
    assert "public" in response["Cache-Control"]


def test_masthead_search_box_on_every_page(client, newsroom):
    for url in ["/", newsroom["harbour"].url, "/search/"]:
        html = client.get(url).content.decode()
        assert 'role="search"' in html and 'action="/search/"' in html, url


def test_highlight_escapes_before_marking():
    marked = highlight('<script>alert("harbour")</script> & harbours', ["harbour"])
    assert "<script>" not in marked
    assert marked.count("<mark>") == 2
    assert "&amp; <mark>harbours</mark>" in marked
    # A word inside the text's own "&amp;" is marked without breaking the escaped entity.
    assert highlight("amp &amp;", ["amp"]) == "<mark>amp</mark> &amp;<mark>amp</mark>;"


def test_query_words_drop_syntax():
    assert query_words('"harbour" OR (strike*) -port') == ["harbour", "OR", "strike", "port"]


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def test_unpublished_changes_to_a_live_article_are_not_searchable(client):
    article = make_article(title="Ferry timetable changes", photo=False)
    article.title = "Ferry timetable changes after merger secret"
    article.save_revision()  # a draft on top of the live version
    assert found_titles(client.get("/search/", {"q": "merger"})) == []
    assert found_titles(client.get("/search/", {"q": "ferry"})) == ["Ferry timetable changes"]


def test_fast_ranking_agrees_with_wagtails_search(newsroom):
    """Our ranking (FTS5 on SQLite, the search entries on PostgreSQL) finds what Wagtail finds."""
    from broadsheet.articles.models import ArticlePage
    from broadsheet.search.engine import engine
    from broadsheet.search.ranking import RankedSearch
    from broadsheet.search.tiers import TieredSearch

    vendor = engine()
    assert vendor in {"sqlite", "postgresql"}
    live = ArticlePage.objects.live().public()
    for words in [["harbour"], ["harbour", "strike"], ["budget"], ["ortiz"], ["nothing"]]:
        ours = RankedSearch(live, words) if vendor == "sqlite" else TieredSearch(live, words)
        theirs = live.search(" ".join(words), operator="and")
        assert {a.pk for a in ours[:50]} == {a.pk for a in theirs[:50]}, words
        assert ours.count() == theirs.count()
