"""A stored page, served twice to a real Chromium: every script and style is allowed each time."""

import pytest
from django.core.cache import cache

from tests.factories import make_article, make_person, make_section

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.fixture
def story(settings):
    settings.BROADSHEET_PAGE_CACHE = True
    cache.clear()
    world = make_section("World")
    opinion = make_section("Opinion")
    make_article(opinion, "Why the harbour matters", kind="opinion", authors=[make_person()])
    story = make_article(world, "Harbour talks resume", tags=["Port strike"], dateline="Northport")
    yield story
    cache.clear()


def loaded(page, suffix):
    return page.evaluate(
        "(suffix) => performance.getEntriesByType('resource')"
        ".some((entry) => entry.name.split('?')[0].endsWith(suffix))",
        suffix,
    )


def test_the_same_stored_page_runs_its_script_and_styles_for_two_readers(
    browser, live_server, story
):
    """Two readers (two browsers' worth of state): the first renders the page, the second gets it stored."""
    states = []
    for _reader in range(2):
        context = browser.new_context()
        page = context.new_page()
        page.add_init_script(COLLECT_VIOLATIONS)
        response = page.goto(live_server.url + story.url)
        assert response.status == 200
        states.append(response.headers.get("x-page-cache"))
        policy = response.headers["content-security-policy"]
        assert "'nonce-" not in policy and "unsafe-inline" not in policy
        page.wait_for_load_state("load")
        assert page.evaluate("() => window.__cspViolations") == []
        assert loaded(page, "/broadsheet/js/site.js") and loaded(page, "/broadsheet/css/site.css")
        assert page.locator("h1").first.inner_text() == "Harbour talks resume"
        # The stylesheet applies: the masthead is laid out by site.css, not the browser's defaults.
        assert page.evaluate(
            "() => getComputedStyle(document.querySelector('.skip-link')).position"
        ) in {"absolute", "fixed"}
        context.close()
    assert states == ["MISS", "HIT"]
