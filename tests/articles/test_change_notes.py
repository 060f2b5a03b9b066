"""Fixing a published note's wording: editors only, kept in the history, shown to readers at once."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import PageLogEntry

from broadsheet.articles.changes import NOTE_REWORDED
from broadsheet.articles.models import ArticleChange, ChangeKind
from broadsheet.newsroom.roles import EDITORS, REPORTERS
from tests.articles.test_changes import republish
from tests.factories import make_article, make_home
from tests.newsroom.conftest import user_in

pytestmark = pytest.mark.django_db

WRONG = "An earlier version said the ferry sank; it ran agound."
RIGHT = "An earlier version said the ferry sank; it ran aground."


@pytest.fixture
def corrected():
    make_home()
    call_command("setup_newsroom", stdout=StringIO())
    article = make_article(title="Ferry runs aground", photo=False)
    article = republish(article, ChangeKind.CORRECTION, WRONG, standfirst="It ran aground.")
    return article, ArticleChange.objects.get(article=article, kind=ChangeKind.CORRECTION)


def notes_url(article):
    return f"/admin/stories/{article.pk}/notes/"


def test_an_editor_rewords_a_correction_and_the_history_keeps_both(client, corrected):
    article, change = corrected
    updated_at = article.updated_at
    client.force_login(user_in(EDITORS, "ed", "Edna", "Editor"))
    screen = client.get(notes_url(article))
    assert screen.status_code == 200 and WRONG in screen.content.decode()

    response = client.post(notes_url(article), {"change": change.pk, "note": f"  {RIGHT} "})

    assert response.status_code == 302
    change.refresh_from_db()
    assert change.note == RIGHT
    logged = PageLogEntry.objects.get(page=article, action=NOTE_REWORDED)
    assert logged.data == {
        "change": change.pk,
        "kind": "correction",
        "before": WRONG,
        "after": RIGHT,
    }
    assert logged.user.username == "ed"
    assert "Reworded the note" in client.get(f"/admin/pages/{article.pk}/history/").content.decode()
    client.logout()
    for url in (article.url, "/corrections/"):
        html = client.get(url).content.decode()
        assert RIGHT in html and WRONG not in html, url
    article.refresh_from_db()
    assert article.updated_at == updated_at  # a fixed wording is not a new change


def test_publishing_the_story_again_is_not_a_new_correction(client, corrected):
    article, change = corrected
    client.force_login(user_in(EDITORS, "ed"))
    client.post(notes_url(article), {"change": change.pk, "note": RIGHT})

    article.refresh_from_db()
    article.save_revision().publish()  # the page still carries its classification

    assert list(article.changes.noted().values_list("note", flat=True)) == [RIGHT]


def test_only_those_who_may_publish_reword_notes(client, corrected, django_user_model):
    article, change = corrected
    assert "/admin/login/" in client.get(notes_url(article)).url
    client.force_login(user_in(REPORTERS, "rita"))
    for response in (
        client.get(notes_url(article)),
        client.post(notes_url(article), {"change": change.pk, "note": "Rewritten."}),
    ):
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or "/admin/" in response.url
    change.refresh_from_db()
    assert change.note == WRONG


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        ({"note": "   "}, 200, "This field is required."),
        ({"note": "x" * 601}, 200, "Ensure this value has at most 600 characters"),
        ({"note": RIGHT, "change": "first"}, 404, ""),
        ({"note": RIGHT, "change": "999999"}, 404, ""),
        ({"note": RIGHT, "change": ""}, 404, ""),
    ],
)
def test_bad_input_is_explained_or_not_found(client, corrected, data, status, message):
    article, change = corrected
    client.force_login(user_in(EDITORS, "ed"))

    response = client.post(notes_url(article), {"change": change.pk, **data})

    assert response.status_code == status
    if message:
        assert message in response.content.decode()
        assert "The note could not be saved" in response.content.decode()
    change.refresh_from_db()
    assert change.note == WRONG


def test_a_minor_change_of_another_story_cannot_be_given_a_note(client, corrected):
    article, _change = corrected
    other = make_article(title="Pier reopens", photo=False)
    minor = ArticleChange.objects.create(article=other, kind=ChangeKind.MINOR)
    client.force_login(user_in(EDITORS, "ed"))

    response = client.post(notes_url(article), {"change": minor.pk, "note": "Sneaky."})

    assert response.status_code == 404
    minor.refresh_from_db()
    assert minor.note == ""
