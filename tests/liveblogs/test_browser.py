"""A live blog in Chromium: a reporter posts, an editor approves, a reader's open page shows it."""

import time

import pytest
from playwright.sync_api import expect

from tests.conftest import axe_violations, describe_violations
from tests.factories import make_entry, make_live_blog
from tests.liveblogs.browser import csp, reader
from tests.newsroom.admin_browser import AdminSession

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ENTRY = "The coastguard has found the missing sailors, cold but unhurt."


@pytest.mark.parametrize("width", [375, 1280])
def test_a_reporters_entry_reaches_an_open_page_once_an_editor_publishes_it(
    browser, page, live_server, room, width
):
    blog = room["blog"]
    reading = reader(browser, live_server, width)
    reading.goto(live_server.url + blog.url)
    expect(reading.get_by_text("Lifeboats from two stations")).to_be_visible()

    reporter = AdminSession(page, live_server.url)
    reporter.log_in(room["reporter"])
    page.get_by_role("link", name="Live blogs").click()
    page.get_by_role("link", name="Live: search for missing sailors").click()
    page.get_by_label("Author").select_option(label="Amira Haddad")
    page.get_by_label("Text (or the photo's caption)").fill(ENTRY)
    page.get_by_role("button", name="Post for approval").click()
    expect(page.get_by_text("Entry posted for an editor's approval.")).to_be_visible()
    expect(page.get_by_role("cell", name="Waiting for an editor")).to_be_visible()
    reporter.assert_clean("the reporter's live desk")

    # The reader's page keeps asking, and is not shown what no editor has approved.
    polls = len(reading.polls)
    with reading.expect_response(lambda r: "/entries.json" in r.url, timeout=10_000):
        pass
    assert len(reading.polls) > polls
    expect(reading.get_by_text(ENTRY)).to_have_count(0)

    editor_context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    editor = AdminSession(editor_context.new_page(), live_server.url)
    editor.log_in(room["editor"])
    editor.visit(f"/admin/liveblogs/{blog.pk}/")
    row = editor.page.locator("tr", has_text="Waiting for an editor")
    row.get_by_role("button", name="Publish").click()
    expect(editor.page.get_by_text("Entry published.")).to_be_visible()
    published = time.monotonic()
    editor.assert_clean("the editor's live desk")
    editor_context.close()

    entry = reading.locator(".live-entry").first
    expect(entry).to_contain_text(ENTRY, timeout=10_000)
    assert time.monotonic() - published < 10
    expect(reading.get_by_role("status").filter(has_text="1 new update")).to_have_count(1)
    assert reading.url == live_server.url + blog.url  # no reload: still the same document
    link = entry.get_by_role("link", name="Link to this entry")
    link.focus()
    expect(link).to_be_focused()
    violations = axe_violations(reading)
    assert not violations, describe_violations(violations)
    assert csp(reading) == []
    reading.context.close()


def test_an_editors_entry_needs_no_approval(browser, page, live_server, room):
    reading = reader(browser, live_server, 1280)
    reading.goto(live_server.url + room["blog"].url)
    editor = AdminSession(page, live_server.url)
    editor.log_in(room["editor"])
    editor.visit(f"/admin/liveblogs/{room['blog'].pk}/")
    page.get_by_label("Kind of entry").select_option(label="Quote")
    page.get_by_label("Quote").fill("We never gave up on them.")
    page.get_by_label("Attribution").fill("The coastguard's duty officer")
    page.get_by_role("button", name="Publish entry").click()
    posted = time.monotonic()
    expect(page.get_by_text("Entry published")).to_be_visible()

    expect(reading.locator("blockquote").first).to_have_text(
        "We never gave up on them.", timeout=10_000
    )
    assert time.monotonic() - posted < 10
    editor.assert_clean("the editor's live desk")
    assert csp(reading) == []
    reading.context.close()


def test_without_javascript_the_page_itself_is_current(browser, live_server, room):
    make_entry(room["blog"], ENTRY)
    reading = reader(browser, live_server, 375, java_script_enabled=False)

    reading.goto(live_server.url + room["blog"].url)

    expect(reading.locator(".live-entry").first).to_contain_text(ENTRY)
    expect(reading.get_by_role("heading", name="Key points")).to_be_visible()
    reading.context.close()


def test_an_ended_live_blog_does_not_poll(browser, live_server, room, settings):
    settings.BROADSHEET_LIVEBLOG_POLL_SECONDS = 1
    settings.BROADSHEET_LIVEBLOG_MAX_AGE = 0
    ended = make_live_blog(room["news"], "Live: the count, as it happened", entries=3, ended=True)
    reading = reader(browser, live_server, 1280)

    reading.goto(live_server.url + ended.url)
    reading.wait_for_timeout(3_000)

    expect(reading.get_by_text("Live coverage ended").first).to_be_visible()
    assert reading.polls == []
    assert csp(reading) == []
    reading.context.close()


def test_an_editors_edit_reaches_an_open_page_within_the_interval(browser, page, live_server, room):
    blog = room["blog"]
    reading = reader(browser, live_server, 375)
    reading.goto(live_server.url + blog.url)
    expect(reading.get_by_text("Lifeboats from two stations")).to_be_visible()

    editor = AdminSession(page, live_server.url)
    editor.log_in(room["editor"])
    editor.visit(f"/admin/liveblogs/{blog.pk}/")
    row = page.locator("tr", has_text="Lifeboats from two stations")
    row.get_by_role("link", name="Edit").click()
    expect(page.get_by_role("heading", name="Edit entry")).to_be_visible()
    text = page.get_by_label("Text (or the photo's caption)")
    expect(text).to_have_value("Lifeboats from two stations have joined the search.")
    text.fill("Lifeboats from three stations have joined the search.")
    editor.assert_clean("the edit entry screen")
    page.get_by_role("button", name="Publish edit").click()
    edited = time.monotonic()
    expect(page.get_by_text("Edit published")).to_be_visible()
    expect(page.locator("tr", has_text="three stations")).to_contain_text("edited")

    entry = reading.locator(".live-entry").first
    expect(entry).to_contain_text("from three stations", timeout=10_000)
    assert time.monotonic() - edited < 10
    expect(entry.locator(".live-entry__edited")).to_contain_text("Edited")
    expect(reading.locator(".live-entry")).to_have_count(1)  # replaced where it was
    assert reading.url == live_server.url + blog.url
    assert csp(reading) == []
    reading.context.close()
