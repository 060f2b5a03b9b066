"""Updates and corrections, honestly: each publication classified, noted, listed and compared."""

import json
from datetime import timedelta

import feedparser
import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Revision

from broadsheet.articles.diff import compare, visible_text
from broadsheet.articles.models import (
    ArticleChange,
    ArticlePage,
    ArticlePageForm,
    ChangeKind,
    missing_note_error,
)
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

CORRECTION = "An earlier version said the ferry sank; it ran aground."
UPDATE = "Updated with the harbour master's statement."


def republish(article, kind="minor", note="", **changes):
    """Edit the live story as an editor would and publish it, classified as `kind`."""
    article = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(article, name, value)
    article.change_kind, article.change_note = kind, note
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


@pytest.fixture
def story():
    start = timezone.now() - timedelta(hours=3)
    with time_machine.travel(start, tick=False):
        return make_article(
            make_section("News"),
            "Ferry sinks off the north quay",
            paragraphs=("The ferry sank at dawn.", "Nobody was hurt."),
            published=start,
            photo=False,
        )


def test_a_minor_edit_changes_neither_date_modified_nor_the_updated_time(client, story):
    before = client.get(story.url).content.decode()
    edited = republish(story, body=paragraphs("The ferry sank at dawn.", "No one was hurt."))
    assert edited.updated_at is None and not edited.was_updated()
    change = ArticleChange.objects.get(article=story)
    assert (change.kind, change.note) == (ChangeKind.MINOR, "")
    page = BeautifulSoup(client.get(story.url).content, "html.parser")
    assert "No one was hurt." in page.text
    assert page.select(".byline__updated") == []
    assert page.select(".corrections") == [] and "See what changed" not in page.text
    data = article_json_ld(page)
    assert data["dateModified"] == data["datePublished"]
    assert "dateModified" in before


def test_an_update_moves_the_updated_time_and_shows_its_note(client, story):
    updated = republish(story, "update", UPDATE, standfirst="The harbour master has spoken.")
    assert updated.updated_at is not None and updated.was_updated()
    page = BeautifulSoup(client.get(story.url).content, "html.parser")
    assert page.select_one(".byline__updated time")["datetime"]
    region = page.select_one("section#updates")
    assert UPDATE in region.text
    data = article_json_ld(page)
    assert data["dateModified"] > data["datePublished"]
    assert "correction" not in data
    # A minor edit afterwards keeps the update's time, though the revision it came from had none.
    later = republish(updated, body=paragraphs("The ferry sank at dawn.", "No one was hurt."))
    assert later.updated_at == updated.updated_at


def test_a_correction_is_on_the_page_in_json_ld_the_api_and_corrections(client, story):
    corrected = republish(
        story,
        "correction",
        CORRECTION,
        body=paragraphs("The ferry ran aground.", "Nobody was hurt."),
    )
    page = BeautifulSoup(client.get(story.url).content, "html.parser")
    assert CORRECTION in page.select_one("section#corrections").text
    (comment,) = article_json_ld(page)["correction"]
    assert comment["@type"] == "CorrectionComment" and comment["text"] == CORRECTION
    assert comment["datePublished"]
    detail = client.get(f"/api/v1/articles/{story.pk}").json()
    assert detail["corrections"] == [
        {"published_at": detail["changes"][0]["published_at"], "text": CORRECTION}
    ]
    assert [(c["kind"], c["note"]) for c in detail["changes"]] == [("correction", CORRECTION)]
    assert detail["changes_url"].endswith(f"/corrections/{story.pk}/")
    assert detail["updated_at"] is not None
    listing = BeautifulSoup(client.get("/corrections/").content, "html.parser")
    (item,) = listing.select(".correction-list__item")
    assert item.h2.a.text == corrected.title and item.h2.a["href"].endswith("#corrections")
    assert CORRECTION in item.text
    feed = feedparser.parse(client.get("/corrections/feed/").content)
    (entry,) = feed.entries
    assert entry.title == f"Correction: {corrected.title}"
    assert entry.summary == CORRECTION and entry.link.endswith(f"{corrected.url}#corrections")


def test_the_same_classification_is_not_recorded_twice(story):
    corrected = republish(story, "correction", CORRECTION)
    # Code that edits the live story keeps the revision's fields: the correction is not repeated.
    corrected.standfirst = "A new standfirst."
    corrected.save_revision().publish()
    kinds = list(ArticleChange.objects.filter(article=story).values_list("kind", flat=True))
    assert sorted(kinds) == ["correction", "minor"]


def test_the_first_publication_is_not_a_change():
    article = make_article(photo=False)
    assert not ArticleChange.objects.filter(article=article).exists()


def test_the_form_asks_for_a_note_and_starts_each_edit_as_a_minor_one(story):
    corrected = republish(story, "correction", CORRECTION)
    editor = get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
    form_class = ArticlePage.get_edit_handler().get_form_class()
    live = corrected.get_latest_revision_as_object()
    form = form_class(instance=live, for_user=editor, parent_page=live.get_parent())
    assert issubclass(form_class, ArticlePageForm)
    assert form.initial["change_kind"] == ChangeKind.MINOR and form.initial["change_note"] == ""
    assert form["change_kind"].value() == ChangeKind.MINOR
    note = "tell readers in a sentence what changed."
    assert missing_note_error("correction", "  ") == f"A correction needs a public note: {note}"
    assert missing_note_error("update", "") == f"An update needs a public note: {note}"
    assert missing_note_error("minor", "") is None
    assert missing_note_error("update", "New figures.") is None


def test_what_changed_shows_the_words_of_each_update_and_correction(client, story):
    republish(story, body=paragraphs("The ferry sank at dawn.", "No one was hurt."))
    republish(
        story,
        "correction",
        CORRECTION,
        body=paragraphs("The ferry ran aground at dawn.", "No one was hurt."),
    )
    response = client.get(f"/corrections/{story.pk}/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    (section,) = page.select("section.change")
    assert section.h2.text.startswith("Correction")
    assert CORRECTION in section.select_one(".change__note").text
    assert [ins.text for ins in section.select("ins")] == ["[added] ran aground "]
    assert [d.text for d in section.select("del")] == ["[removed] sank "]
    # The minor edit before it is folded into the version it started from: not shown apart.
    assert "No one" not in " ".join(d.text for d in section.select("ins, del"))
    assert page.select_one(".diff__same").text.strip().startswith("2 paragraphs unchanged")


def test_what_changed_is_only_for_published_stories(client, story):
    republish(story, "update", UPDATE)
    draft = make_article(live=False, photo=False)
    assert client.get(f"/corrections/{draft.pk}/").status_code == 404
    assert client.get("/corrections/999999/").status_code == 404
    ArticlePage.objects.get(pk=story.pk).unpublish()
    assert client.get(f"/corrections/{story.pk}/").status_code == 404
    assert client.get("/corrections/?page=x").status_code == 404


def test_changes_of_unpublished_stories_are_listed_nowhere(client, story):
    republish(story, "correction", CORRECTION)
    ArticlePage.objects.get(pk=story.pk).unpublish()
    assert CORRECTION not in client.get("/corrections/").content.decode()
    assert feedparser.parse(client.get("/corrections/feed/").content).entries == []


def test_the_corrections_page_reads_in_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    section = make_section("World")
    for n in range(6):
        article = make_article(section, f"Story {n}", photo=False)
        republish(article, "correction", f"Correction number {n}.")
    client.get("/corrections/")  # warm the per-generation caches
    with CaptureQueriesContext(connection) as few:
        client.get("/corrections/")
    article = make_article(section, "Story 7", photo=False)
    republish(article, "correction", "Correction number 7.")
    client.get("/corrections/")
    with CaptureQueriesContext(connection) as more:
        assert "Correction number 7." in client.get("/corrections/").content.decode()
    assert len(more) == len(few) <= 12


def test_diff_of_visible_text_marks_words_and_paragraphs():
    before = [("Headline", "Ferry sinks"), ("", "One."), ("", "Two."), ("", "Three.")]
    after = [("Headline", "Ferry runs aground"), ("", "One."), ("", "Three."), ("", "Four.")]
    rows = compare(before, after)
    states = [row.state for row in rows]
    assert states[0] == "changed" and "removed" in states and "added" in states
    assert rows[0].label == "Headline"
    assert [(s.state, s.text) for s in rows[0].segments] == [
        ("same", "Ferry "),
        ("removed", "sinks"),
        ("added", "runs aground"),
    ]


def test_visible_text_reads_headline_standfirst_and_blocks(story):
    parts = visible_text(story)
    assert parts[:2] == [("Headline", story.title), ("Standfirst", story.standfirst)]
    assert ("", "The ferry sank at dawn.") in parts


def test_existing_corrections_migrate_to_changes(transactional_db):
    from django.core.management import call_command
    from django.db.migrations.executor import MigrationExecutor

    old = [("articles", "0005_contributor_roles")]
    new = [("articles", "0006_article_changes")]
    moment = timezone.now() - timedelta(days=2)
    article = make_article(make_section("Migrated"), "Old story", photo=False, published=moment)
    try:
        executor = MigrationExecutor(connection)
        executor.migrate(old)
        apps = executor.loader.project_state(old).apps
        Correction = apps.get_model("articles", "Correction")
        OldArticle = apps.get_model("articles", "ArticlePage")
        Correction.objects.create(
            article=OldArticle.objects.get(pk=article.pk),
            text="An old correction.",
            published_at=moment + timedelta(hours=1),
            sort_order=0,
        )
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(new)
    finally:
        call_command("migrate", verbosity=0)
    (change,) = ArticleChange.objects.filter(article_id=article.pk)
    assert (change.kind, change.note, change.revision) == ("correction", "An old correction.", None)
    assert ArticlePage.objects.get(pk=article.pk).updated_at == moment + timedelta(hours=1)


def article_json_ld(page):
    for script in page.select("script[type='application/ld+json']"):
        data = json.loads(script.string)
        if data.get("@type") == "NewsArticle":
            return data
    raise AssertionError("no NewsArticle JSON-LD")


def test_revisions_are_kept_for_each_change(story):
    republish(story, "update", UPDATE, standfirst="New.")
    change = ArticleChange.objects.get(article=story)
    assert isinstance(change.revision, Revision) and isinstance(change.previous_revision, Revision)
    assert change.previous_revision.pk < change.revision.pk
