"""Two people on one story, in two browsers: each is told plainly that the other is there."""

import threading
import time

import pytest
from django.test import override_settings
from wagtail.admin.models import EditingSession

from tests.conftest import screenshot
from tests.factories import make_section

from .browser import avatars_broken, csp_violations, log_in, watch_csp
from .conftest import draft_by

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WARNING = "#newsroom-editing-warning"


@pytest.fixture
def story(newsroom):
    with override_settings(WAGTAIL_EDITING_SESSION_PING_INTERVAL=500):
        yield draft_by(newsroom["reporter"], make_section("News"), "Pier reopens after repairs")


@pytest.fixture
def second_page(browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB", timezone_id="Europe/London"
    )
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def wait_for_warning(page, text):
    page.wait_for_function(
        "([selector, text]) => { const el = document.querySelector(selector);"
        " return el && !el.hidden && el.textContent.includes(text); }",
        arg=[WARNING, text],
    )
    return page.locator(WARNING).inner_text()


def test_two_people_on_one_story_see_each_other(page, second_page, live_server, story):
    reporter, editor = watch_csp(page), watch_csp(second_page)
    log_in(reporter, live_server, "rita")
    log_in(editor, live_server, "ed")
    edit_url = f"{live_server.url}/admin/pages/{story.pk}/edit/"

    editor.clock.install()  # so the test can let the editor's first seconds pass at once
    reporter.goto(edit_url)
    assert reporter.locator(WARNING).count() == 0 or reporter.locator(WARNING).is_hidden()
    editor.goto(edit_url)
    assert "Rita Reporter also has this story open." in wait_for_warning(editor, "Rita Reporter")
    assert "Edna Editor also has this story open." in wait_for_warning(reporter, "Edna Editor")

    # Wagtail's own notice, the other person's avatar in the header, shows a real picture.
    avatar = reporter.locator(".w-editing-sessions img").first
    avatar.wait_for()
    assert avatar.evaluate("img => img.complete && img.naturalWidth > 0")
    assert avatars_broken(reporter) == [] and avatars_broken(editor) == []

    # The editor changes the headline (once Wagtail has noted the form as loaded, two seconds
    # in); autosave keeps it as a new revision, and the reporter is told before saving over it.
    editor.clock.run_for(2500)
    # Wait for the autosave itself, so a slow server cannot eat the reporter's wait below.
    with editor.expect_response(
        lambda response: response.request.method == "POST" and "/edit/" in response.url,
        timeout=30_000,
    ):
        editor.get_by_role("textbox", name="Headline").fill(
            "Pier reopens after two years of repairs"
        )
        editor.clock.run_for(1000)  # past the autosave's pause after typing
    text = wait_for_warning(reporter, "saved a newer version")
    assert "Edna Editor saved a newer version of this story" in text
    assert reporter.locator(WARNING).get_attribute("role") == "status"
    screenshot(reporter, "concurrent-editing-warning")

    # Our script and styles are static files: nothing of ours breaks the policy.
    assert csp_violations(reporter) == [] and csp_violations(editor) == []

    # Leaving the editor releases the session (a beacon); wait for both before the test ends.
    reporter.goto("about:blank")
    editor.goto("about:blank")
    wait_until(lambda: not EditingSession.objects.exists(), "both editing sessions released")


def wait_until(condition, what, timeout=10):
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        pause.wait(0.1)
