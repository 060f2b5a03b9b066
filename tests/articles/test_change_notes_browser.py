"""An editor rewords a published correction's note from the story's editor, and readers see it."""

import pytest
from playwright.sync_api import expect

from broadsheet.articles.models import ArticlePage, ChangeKind
from tests.articles.test_changes import republish
from tests.conftest import axe_violations, describe_violations, screenshot
from tests.factories import make_article
from tests.newsroom.admin_browser import AdminSession, make_newsroom
from tests.newsroom.browser import csp_violations, watch_csp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WRONG = "An earlier version gave the wrong day for the harbour vote: it is on Thurday."
RIGHT = "An earlier version gave the wrong day for the harbour vote: it is on Thursday."


@pytest.fixture
def desk(settings):
    settings.BROADSHEET_PAGE_CACHE = True
    room = make_newsroom()
    story = make_article(room["news"], "Harbour vote moves to Thursday", photo=False)
    room["story"] = republish(story, ChangeKind.CORRECTION, WRONG, standfirst="The vote moved.")
    return room


def test_an_editor_rewords_a_correction_from_the_story(page, browser, live_server, desk):
    story = desk["story"]
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="en-GB")
    reader = watch_csp(context.new_page())
    reader.goto(live_server.url + story.url)
    expect(reader.get_by_text(WRONG)).to_be_visible()  # and now in the page cache

    editor = AdminSession(page, live_server.url)
    editor.log_in(desk["editor"])
    editor.visit(f"/admin/pages/{story.pk}/edit/")
    page.get_by_role("button", name="Actions", exact=True).click()
    page.get_by_role("link", name="Update and correction notes").click()
    expect(page.get_by_role("heading", name="Update and correction notes")).to_be_visible()
    note = page.get_by_label("Public note")
    expect(note).to_have_value(WRONG)
    editor.assert_clean("the notes screen")

    note.fill("   ")
    page.get_by_role("button", name="Save note").click()
    expect(page.get_by_text("The note could not be saved: see below.")).to_be_visible()
    expect(page.locator(".error-message")).to_have_text("This field is required.")
    editor.assert_clean("a refused note")

    page.get_by_label("Public note").fill(RIGHT)
    page.get_by_role("button", name="Save note").click()
    expect(page.get_by_text("note reworded: readers see it now.")).to_be_visible()
    expect(page.get_by_label("Public note")).to_have_value(RIGHT)
    editor.assert_clean("the reworded note")
    screenshot(page, "story-notes-reworded")
    page.get_by_role("link", name="History").click()
    expect(page.get_by_text("Reworded the note")).to_be_visible()

    reader.reload()
    expect(reader.get_by_text(RIGHT)).to_be_visible()
    expect(reader.get_by_text(WRONG)).to_have_count(0)
    assert csp_violations(reader) == []
    violations = axe_violations(reader)
    assert violations == [], describe_violations(violations)
    reader.goto(live_server.url + "/corrections/")
    expect(reader.get_by_text(RIGHT)).to_be_visible()
    assert (
        ArticlePage.objects.get(pk=story.pk).changes.get(kind=ChangeKind.CORRECTION).note == RIGHT
    )
    context.close()
