"""Editing a posted live-blog entry in Chromium: an editor's edit reaches the open page, a
reporter's waits for an editor."""

import time

import pytest
from playwright.sync_api import expect

from tests.conftest import screenshot
from tests.liveblogs.browser import csp, reader
from tests.newsroom.admin_browser import AdminSession

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIRST = "Lifeboats from two stations have joined the search."
FIXED = "Lifeboats from three stations have joined the search."


def open_entry_editor(session, blog):
    session.visit(f"/admin/liveblogs/{blog.pk}/")
    row = session.page.locator("tr", has_text=FIRST)
    row.get_by_role("link", name="Edit").click()
    expect(session.page.get_by_role("heading", name="Edit entry")).to_be_visible()
    text = session.page.get_by_label("Text (or the photo's caption)")
    expect(text).to_have_value(FIRST)
    return text


def test_an_editors_edit_replaces_the_entry_on_an_open_page(browser, page, live_server, room):
    blog = room["blog"]
    reading = reader(browser, live_server, 375)
    reading.goto(live_server.url + blog.url)
    expect(reading.get_by_text(FIRST)).to_be_visible()

    editor = AdminSession(page, live_server.url)
    editor.log_in(room["editor"])
    text = open_entry_editor(editor, blog)
    editor.assert_clean("the entry editor")
    screenshot(page, "live-entry-editor")
    text.fill(FIXED)
    page.get_by_role("button", name="Publish edit").click()
    saved = time.monotonic()
    expect(page.get_by_text("Edit published: readers' pages show it shortly.")).to_be_visible()
    expect(page.locator("tr", has_text=FIXED).get_by_text("edited")).to_be_visible()
    editor.assert_clean("the live desk after an edit")

    entry = reading.locator(".live-entry", has_text=FIXED)
    expect(entry).to_be_visible(timeout=10_000)
    assert time.monotonic() - saved < 10
    expect(entry.locator(".live-entry__edited")).to_contain_text("Edited")
    expect(reading.get_by_text(FIRST)).to_have_count(0)
    expect(reading.get_by_role("status").filter(has_text="1 update edited")).to_have_count(1)
    screenshot(reading, "live-entry-edited-reader")
    assert csp(reading) == []
    reading.context.close()


def test_a_reporters_edit_waits_for_an_editor(browser, page, live_server, room):
    blog = room["blog"]
    reporter = AdminSession(page, live_server.url)
    reporter.log_in(room["reporter"])
    text = open_entry_editor(reporter, blog)
    text.fill(FIXED)
    page.get_by_role("button", name="Post edit for approval").click()
    expect(page.get_by_text("Edit posted for an editor's approval")).to_be_visible()
    expect(page.locator("[data-waiting-edit]")).to_contain_text(FIXED)
    reporter.assert_clean("the reporter's live desk")

    reading = reader(browser, live_server, 1280)
    reading.goto(live_server.url + blog.url)
    expect(reading.get_by_text(FIRST)).to_be_visible()
    expect(reading.get_by_text(FIXED)).to_have_count(0)

    editor_context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    editor = AdminSession(editor_context.new_page(), live_server.url)
    editor.log_in(room["editor"])
    editor.visit(f"/admin/liveblogs/{blog.pk}/")
    editor.page.get_by_role("button", name="Publish edit").click()
    expect(editor.page.locator("tr", has_text=FIXED).get_by_text("edited")).to_be_visible()
    editor.assert_clean("the editor's live desk")
    editor_context.close()

    expect(reading.locator(".live-entry", has_text=FIXED)).to_be_visible(timeout=10_000)
    assert csp(reading) == []
    reading.context.close()
