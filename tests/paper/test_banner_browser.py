"""The breaking-news banner as the newsroom sets it and readers see it, in a real Chromium."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from broadsheet.newsroom.schedule import run_recurring_jobs
from broadsheet.paper.models import Banner
from tests.conftest import axe_violations, describe_violations, screenshot
from tests.factories import make_article
from tests.newsroom.admin_browser import AdminSession, make_newsroom

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "Fire at the north quay: roads closed around the harbour"

# CSP violations, and every change the banner's live region announces, kept on the window.
WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
window.__announced = [];
document.addEventListener("DOMContentLoaded", () => {
  const status = document.querySelector("[data-banner-status]");
  if (!status) return;
  new MutationObserver(() => window.__announced.push(status.textContent))
    .observe(status, {childList: true, characterData: true, subtree: true});
});
"""


@pytest.fixture
def newsroom(settings, browser, live_server, request):
    settings.BROADSHEET_PAGE_CACHE = True  # as in production: the banner must get through it
    settings.BROADSHEET_BANNER_POLL_SECONDS = 5
    settings.BROADSHEET_BANNER_MAX_AGE = 2
    cache.clear()
    room = make_newsroom()
    room["story"] = make_article(room["news"], "Quay fire spreads to warehouses", photo=False)
    contexts = []

    def tab(**options):
        context = browser.new_context(
            viewport=options.pop("viewport", {"width": 1280, "height": 900}), locale="en-GB"
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.add_init_script(WATCH)
        return page

    room["tab"] = tab
    yield room
    report = getattr(request.node, "report_call", None)
    for n, context in enumerate(contexts):
        if report is not None and report.failed and context.pages:
            screenshot(context.pages[0], f"{request.node.name}-{n}-failed")
        context.close()
    cache.clear()


def assert_clean(page, where):
    assert page.evaluate("() => window.__cspViolations") == [], where
    violations = axe_violations(page)
    assert not violations, f"{where}: " + describe_violations(violations)


def test_an_editor_sets_the_banner_a_reader_sees_it_dismisses_it_and_it_stays_dismissed(
    newsroom, live_server
):
    story = newsroom["story"]
    reader = newsroom["tab"]()
    reader.goto(live_server.url + story.url)
    assert reader.locator(".banner").count() == 0

    editor = AdminSession(newsroom["tab"](), live_server.url)
    editor.log_in(newsroom["editor"])
    editor.visit("/admin/")
    editor.page.get_by_role("link", name="Breaking banner").click()
    editor.page.get_by_role("link", name=re.compile("Add breaking-news banner")).first.click()
    editor.page.get_by_label("Text").fill(TEXT)
    editor.page.get_by_label("Link").fill(story.url)
    editor.page.get_by_label("Level").select_option(label="Breaking news")
    editor.page.get_by_role("button", name="Save").click()
    editor.page.get_by_text("created").first.wait_for()
    editor.assert_clean("setting the banner")
    banner = Banner.objects.get()
    assert (banner.text, banner.link) == (TEXT, story.url)
    assert banner.expires_at > timezone.now() + timedelta(hours=1)  # two hours by default

    # The reader's open page shows it within the poll interval, announced once.
    shown = reader.get_by_role("region", name="Breaking news")
    shown.wait_for()
    assert shown.get_by_role("link", name=TEXT).get_attribute("href") == story.url
    reader.wait_for_timeout(6_000)  # one more poll: the same banner is not announced again
    assert reader.evaluate("() => window.__announced") == [f"Breaking news: {TEXT}"]

    # A reader arriving now gets it in the page itself (through the page cache), at both widths.
    for width in (375, 1280):
        other = newsroom["tab"](viewport={"width": width, "height": 800})
        response = other.goto(live_server.url + "/")
        assert response.headers["x-page-cache"] == "MISS"
        other.get_by_role("region", name="Breaking news").get_by_role("link", name=TEXT).wait_for()
        assert other.evaluate("() => window.__announced") == []  # read in place, not announced
        assert_clean(other, f"home page with a banner at {width}px")
        screenshot(other, f"banner-{width}")

    # The reader dismisses it: gone, and still gone on the next pages, with no cookie set.
    dismiss = shown.get_by_role("button", name="Dismiss the breaking news banner")
    dismiss.focus()
    reader.keyboard.press("Enter")
    assert reader.locator(".banner").count() == 0
    assert reader.evaluate("() => document.activeElement.id") == "main"
    for path in ["/", story.url, newsroom["news"].url]:
        reader.goto(live_server.url + path)
        reader.wait_for_load_state("load")
        assert reader.locator(".banner").count() == 0, path
    reader.wait_for_timeout(6_000)  # polls bring the same banner back: still dismissed
    assert reader.locator(".banner").count() == 0
    assert reader.context.cookies() == []
    assert reader.evaluate("() => window.__cspViolations") == []

    # The editor changes the wording: a new banner, shown again even to the reader who dismissed.
    editor.visit(f"/admin/snippets/paper/banner/edit/{banner.pk}/")
    editor.page.get_by_label("Text").fill("The fire is under control")
    editor.page.get_by_role("button", name="Save").click()
    editor.page.get_by_text("updated").first.wait_for()
    reader.get_by_role("region", name="Breaking news").get_by_text(
        "The fire is under control"
    ).wait_for()


def test_the_banner_comes_off_by_itself_at_its_expiry(newsroom, live_server):
    story = newsroom["story"]
    expires = timezone.now() + timedelta(minutes=10)
    Banner.objects.create(text=TEXT, expires_at=expires)
    reader = newsroom["tab"]()
    reader.clock.install()
    reader.goto(live_server.url + story.url)
    reader.get_by_role("region", name="Breaking news").wait_for()
    with time_machine.travel(expires + timedelta(seconds=1), tick=True):
        # The scheduler's pass at expiry purges every stored page …
        assert run_recurring_jobs()["banner-expiry"] == "1 expired banner(s) taken down"
        # … and the open page takes it down on time by itself.
        reader.clock.fast_forward("10:02")
        assert reader.locator(".banner").count() == 0
        fresh = newsroom["tab"]()
        response = fresh.goto(live_server.url + story.url)
        assert response.headers["x-page-cache"] == "MISS"
        assert fresh.locator(".banner").count() == 0
        assert fresh.evaluate("() => window.__cspViolations") == []
