"""The search page in a real Chromium: accessible, and the masthead box leads to results."""

import pytest

from tests.conftest import axe_violations, describe_violations, screenshot
from tests.factories import make_article, make_person, make_section

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.mark.parametrize("width", [375, 1280])
def test_search_from_the_masthead_and_accessible_results(live_server, page, width):
    section = make_section("News")
    reporter = make_person("Ada Lane", photo=False)
    for n in range(3):
        make_article(section, f"Harbour strike day {n}", authors=[reporter], photo=False)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + "/")
    page.get_by_role("searchbox", name="Search the paper").fill("harbour")
    page.get_by_role("searchbox", name="Search the paper").press("Enter")
    page.wait_for_url("**/search/?q=harbour")
    assert page.locator(".search-result").count() == 3
    assert page.locator(".search-result mark").first.inner_text().lower() == "harbour"
    violations = axe_violations(page)
    screenshot(page, f"search-results-{width}")
    assert violations == [], describe_violations(violations)
    page.goto(live_server.url + "/search/?q=harbour&since=nonsense")
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)
