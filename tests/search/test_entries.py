"""The search entries (PostgreSQL): one per live, public article, kept in step with publishing,
and read in tiers of relevance with a capped count."""

from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import PageViewRestriction

from broadsheet.search import tiers
from broadsheet.search.models import SearchEntry
from tests.factories import make_article, make_person, make_section

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the search entries serve PostgreSQL only"
    ),
]


def entry_ids():
    return set(SearchEntry.objects.values_list("article_id", flat=True))


def found_titles(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return [result["article"].title for result in response.context["results"]]


def test_publishing_writes_an_entry_and_unpublishing_removes_it(client):
    article = make_article(title="Lighthouse keeper retires", photo=False)
    draft = make_article(title="Lighthouse sale planned", photo=False, live=False)
    assert entry_ids() == {article.pk}
    assert found_titles(client, q="lighthouse") == ["Lighthouse keeper retires"]

    article.title = "Lighthouse keeper retires after forty years"
    article.save_revision().publish()
    assert found_titles(client, q="forty years") == [article.title]

    article.unpublish()
    assert entry_ids() == set()
    assert found_titles(client, q="lighthouse") == []
    draft.save_revision().publish()
    assert entry_ids() == {draft.pk}
    draft.delete()
    assert entry_ids() == set()


def test_a_live_copy_is_findable_and_a_draft_copy_is_not(client):
    article = make_article(title="Pier reopens to walkers", photo=False)
    live_copy = article.copy(update_attrs={"slug": "pier-reopens-copy"}, keep_live=True)
    draft_copy = article.copy(update_attrs={"slug": "pier-reopens-draft"}, keep_live=False)
    assert entry_ids() == {article.pk, live_copy.pk}
    assert draft_copy.pk not in entry_ids()


def test_a_live_article_saved_directly_is_found_by_its_new_words(client):
    """A script or data migration that saves a live article, without a revision, is seen too."""
    article = make_article(title="Bandstand repainted", photo=False)
    article.standfirst = "Volunteers chose a deep green."
    article.save()
    assert found_titles(client, q="deep green") == ["Bandstand repainted"]


def test_a_draft_revision_is_not_found_until_published(client):
    article = make_article(title="Harbour wall repaired", photo=False)
    article.title = "Harbour wall repaired at last, secretly"
    revision = article.save_revision()
    assert found_titles(client, q="secretly") == []
    assert found_titles(client, q="harbour wall") == ["Harbour wall repaired"]
    revision.publish()
    assert found_titles(client, q="secretly") == ["Harbour wall repaired at last, secretly"]


def test_a_view_restriction_hides_its_articles_until_lifted(client):
    members = make_section("Members")
    hidden = make_article(members, "Quarry plans revealed", photo=False)
    shown = make_article(make_section("News"), "Quarry plans opposed", photo=False)
    restriction = PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    assert entry_ids() == {shown.pk}
    assert found_titles(client, q="quarry") == ["Quarry plans opposed"]
    restriction.delete()
    assert entry_ids() == {hidden.pk, shown.pk}


def test_a_renamed_byline_is_found_under_its_new_name(client):
    person = make_person("Morag Quill")
    article = make_article(title="Ferry fares rise", authors=[person], photo=False)
    assert found_titles(client, q="quill") == [article.title]
    person.name = "Morag Penhallow"
    person.save()
    assert found_titles(client, q="penhallow") == [article.title]
    assert found_titles(client, q="quill") == []


def test_a_new_biography_leaves_the_byline_found_under_the_name(client):
    person = make_person("Ewan Strand")
    make_article(title="Dune restoration begins", authors=[person], photo=False)
    person.bio = "Covers the coast."
    person.save()
    assert found_titles(client, q="strand") == ["Dune restoration begins"]
    assert found_titles(client, q="coast") == []


def test_moving_an_article_moves_its_entry_to_the_new_section():
    news, sport = make_section("News"), make_section("Sport")
    article = make_article(news, "Regatta moved to June", photo=False)
    article.move(sport, pos="last-child")
    assert SearchEntry.objects.get(pk=article.pk).section_id == sport.pk


def test_rebuild_restores_every_live_public_article(capsys):
    live = [make_article(title=f"Tide table {n}", photo=False) for n in range(3)]
    make_article(title="Tide table draft", photo=False, live=False)
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_entries")
    assert entry_ids() == {article.pk for article in live}
    assert "3 articles" in capsys.readouterr().out


@pytest.fixture(params=["few matches", "many matches"])
def plan(request, monkeypatch):
    """Run a test under both plans: every match read at once, and the walks of each tier."""
    threshold = float("inf") if request.param == "few matches" else -1
    monkeypatch.setattr(tiers, "few_matches", lambda candidates: threshold)
    return request.param


def test_tiers_put_headline_then_summary_then_body_matches_first_newest_first(client, plan):
    news = make_section("News")
    day = datetime(2026, 5, 1, 9, tzinfo=UTC)

    def story(title, standfirst, body, days, tags=()):
        return make_article(
            news, title, standfirst=standfirst, paragraphs=[body], tags=tags, photo=False,
            published=day.replace(day=days),
        )  # fmt: skip

    body_new = story("Markets steady", "Trading was quiet.", "The heron count rose.", 9)
    headline_old = story("Heron count falls", "Birdwatchers worry.", "Fewer nests.", 2)
    standfirst_mid = story("Estuary survey", "The heron is back.", "Volunteers counted.", 5)
    headline_new = story("Heron returns", "A good spring.", "Nests everywhere.", 7)
    tagged = story("Wetland report", "Ducks thrive.", "Water levels rose.", 8, tags=["Heron"])
    by_relevance = [
        headline_new.title, headline_old.title, tagged.title, standfirst_mid.title,
        body_new.title,
    ]  # fmt: skip
    by_date = [
        body_new.title, tagged.title, headline_new.title, standfirst_mid.title,
        headline_old.title,
    ]  # fmt: skip

    assert found_titles(client, q="heron") == by_relevance
    assert found_titles(client, q="heron", sort="date") == by_date
    assert found_titles(client, q="heron", section="news") == by_relevance


def test_pages_of_the_walks_follow_on_without_gaps_or_repeats(plan):
    """Page after page, both plans give the order of a full sort by tier then newest."""
    from broadsheet.articles.models import ArticlePage

    news = make_section("News")
    titles = ["Kelp farm", "Kelp harvest", "Seaweed"]
    for n in range(21):
        make_article(
            news, f"{titles[n % 3]} story {n}", standfirst="A coastal story.",
            paragraphs=["Kelp grows fast." if n % 3 == 2 else "Nothing else."],
            published=datetime(2026, 4, 1 + n, 9, tzinfo=UTC), photo=False,
        )  # fmt: skip
    live = ArticlePage.objects.live()
    search = tiers.TieredSearch(live, ["kelp"])
    pages = [search.ids(offset, 4) for offset in range(0, 24, 4)]
    found = [pk for page in pages for pk in page]
    in_headline = list(live.filter(title__startswith="Kelp").order_by("-first_published_at"))
    in_body = list(live.filter(title__startswith="Seaweed").order_by("-first_published_at"))
    assert found == [article.pk for article in in_headline + in_body]


def test_count_stops_at_the_cap_and_says_more_than(client, monkeypatch, plan):
    news = make_section("News")
    for n in range(4):
        make_article(news, f"Storm warning {n}", photo=False)
    monkeypatch.setattr(tiers, "MAX_RESULTS", 3)
    response = client.get("/search/", {"q": "storm"})
    assert response.context["capped"] is True
    assert response.context["paginator"].count == 3
    assert "More than 3 articles" in response.content.decode()
    assert len(response.context["results"]) == 3

    monkeypatch.setattr(tiers, "MAX_RESULTS", 10)
    response = client.get("/search/", {"q": "storm"})
    assert response.context["capped"] is False
    assert "4 articles for" in response.content.decode()


def test_a_large_estimate_answers_the_count_without_counting(monkeypatch):
    from django.test.utils import CaptureQueriesContext

    from broadsheet.articles.models import ArticlePage

    make_article(title="Gale expected", photo=False)
    monkeypatch.setattr(tiers, "few_matches", lambda candidates: -1)  # as if the archive were vast
    monkeypatch.setattr(tiers, "ESTIMATE_MARGIN", 0)  # any estimate is "far above the cap"
    search = tiers.TieredSearch(ArticlePage.objects.live(), ["gale"])
    with CaptureQueriesContext(connection) as queries:
        assert search.count() == tiers.MAX_RESULTS
    assert search.capped
    assert len(queries) == 1  # PostgreSQL's estimate alone


def test_few_matches_are_counted_and_ranked_in_one_query(monkeypatch):
    from django.test.utils import CaptureQueriesContext

    from broadsheet.articles.models import ArticlePage

    first = make_article(title="Hailstones in May", photo=False)
    monkeypatch.setattr(tiers, "few_matches", lambda candidates: float("inf"))
    search = tiers.TieredSearch(ArticlePage.objects.live(), ["hailstones"])
    with CaptureQueriesContext(connection) as queries:
        assert search.count() == 1
        assert search.ids(0, 20) == [first.pk]
    assert len(queries) == 2  # the estimate, then every match ranked at once


def test_stop_words_alone_find_nothing_without_error(client):
    make_article(title="The harbour at night", photo=False)
    response = client.get("/search/", {"q": "the and of"})
    assert response.status_code == 200
    assert response.context["status"] == "no_results"
