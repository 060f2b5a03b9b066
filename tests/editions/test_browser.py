"""The e-paper viewer in a real Chromium at phone and desktop widths: page, follow, axe."""

import re

import pytest

from broadsheet.editions.build import build_edition
from broadsheet.editions.models import EditionRegion
from tests.conftest import axe_violations, describe_violations, screenshot

from .conftest import make_newspaper

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

WIDTHS = {"phone": 375, "desktop": 1280}


@pytest.fixture
def edition():
    make_newspaper(stories_per_section=3, seed=2)
    return build_edition(page_count=4)


def assert_accessible(page, name):
    violations = axe_violations(page)
    assert not violations, f"{name}: {describe_violations(violations)}"


@pytest.mark.parametrize("width_name", WIDTHS)
def test_page_through_and_follow_a_story(page, live_server, edition, width_name):
    page.set_viewport_size({"width": WIDTHS[width_name], "height": 900})
    day = edition.date.isoformat()
    page.goto(live_server.url + "/epaper/")
    image = page.locator(".epaper__image")
    assert image.is_visible()
    # A phone loads the phone-sized copy of the page, a wide screen the full one.
    front = edition.pages.get(number=1)
    fitted = front.phone if WIDTHS[width_name] < 900 else front.image
    assert image.evaluate("img => new URL(img.currentSrc).pathname") == fitted.url
    assert page.locator(".epaper__strip img").count() == 4
    assert_accessible(page, f"viewer at {width_name}")
    screenshot(page, f"epaper-{width_name}")

    # Arrow keys turn the page; the next link and the thumbnail strip do too.
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(rf"/epaper/{day}/2/$"))
    assert "Page 2 of 4" in page.locator(".epaper__count").inner_text()
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(re.compile(rf"/epaper/{day}/1/$"))
    page.get_by_role("link", name="Next page").click()
    page.wait_for_url(re.compile(rf"/epaper/{day}/2/$"))
    page.locator(".epaper__strip a").nth(3).click()
    page.wait_for_url(re.compile(rf"/epaper/{day}/4/$"))
    assert_accessible(page, f"opinion page at {width_name}")

    # Zoom enlarges the page and is a pressed toggle.
    zoom = page.get_by_role("button", name="Zoom in")
    before = page.locator(".epaper__page").bounding_box()["width"]
    zoom.click()
    assert page.get_by_role("button", name="Zoom out").get_attribute("aria-pressed") == "true"
    assert page.locator(".epaper__page").bounding_box()["width"] > before * 1.4
    # Enlarged, the page is sharp: the full image replaces the phone-sized one.
    full = edition.pages.get(number=4).image.url
    page.wait_for_function(
        "full => new URL(document.querySelector('.epaper__image').currentSrc).pathname === full",
        arg=full,
    )

    # A story's region on the front page opens its web article.
    page.goto(live_server.url + f"/epaper/{day}/1/")
    region = EditionRegion.objects.filter(page__edition=edition, page__number=1).first()
    link = page.locator(f"#region-{region.pk}")
    box = link.bounding_box()
    assert box["width"] > 20 and box["height"] > 20
    link.click()
    page.wait_for_url(re.compile(re.escape(region.url) + "$"))
    assert page.locator("h1").inner_text().strip() == region.headline
