"""What readers do with the keyboard alone: skip link, menu, search, newsletter sign-up; every
focus stop visibly outlined; motion off for readers who ask for less."""

import pytest
from django.core.management import call_command

from broadsheet.newsletter import signup
from broadsheet.newsletter.setup import ensure_newsletters
from tests.factories import make_article, make_person, make_section

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {tag: el.tagName, id: el.id, cls: el.className || '', text: (el.textContent || '').trim(),
          outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
}"""


@pytest.fixture
def front():
    call_command("setup_newsroom", verbosity=0)
    ensure_newsletters()
    world = make_section("World")
    reporter = make_person("Ada Lane")
    for n in range(3):
        make_article(world, f"Harbour story {n}", authors=[reporter], tags=["Port strike"])
    return world


def tab_until(page, matches, limit=150):
    """Press Tab until `matches(focused)` holds; return every stop on the way."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUSED))
        if matches(stops[-1]):
            return stops
    raise AssertionError(f"never reached after {limit} Tabs: {stops[-5:]}")


def test_every_focus_stop_on_the_front_page_is_outlined(page, live_server, front):
    page.goto(live_server.url + "/")
    stops = tab_until(page, lambda s: s["id"] == "emailFooter")
    assert "skip-link" in stops[0]["cls"]
    assert any("section-nav__link" in s["cls"] and s["text"] == "World" for s in stops)
    for stop in stops:
        assert stop["outline"] != "none" and stop["width"] >= 2, f"no visible focus: {stop}"


def test_skip_link_moves_focus_to_the_content(page, live_server, front):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0, "the skip link shows when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_search_from_the_keyboard(page, live_server, front):
    page.goto(live_server.url + "/")
    tab_until(page, lambda s: s["tag"] == "INPUT" and "search" in (s["id"] + s["cls"]).lower())
    page.keyboard.type("harbour")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/search/?q=harbour" in page.url
    assert page.locator("h2 a, h3 a").filter(has_text="Harbour story").count() == 3


def test_newsletter_sign_up_from_the_keyboard_announces_its_answer(page, live_server, front):
    page.goto(live_server.url + "/")
    tab_until(page, lambda s: s["id"] == "emailFooter")
    page.keyboard.type("keys@example.org")
    page.keyboard.press("Enter")
    status = page.locator("#messageContainerFooter")
    assert status.get_attribute("aria-live") == "polite"
    page.wait_for_function(
        "text => document.querySelector('#messageContainerFooter').textContent === text",
        arg=signup.ACCEPTED,
    )


def test_reduced_motion_turns_transitions_and_smooth_scrolling_off(browser, live_server, front):
    context = browser.new_context(reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        moving = page.evaluate(
            """() => [...document.querySelectorAll('*')].filter((el) => {
                const style = getComputedStyle(el);
                return style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)
                    || style.scrollBehavior === 'smooth'
                    || style.animationName !== 'none';
            }).map((el) => el.tagName + '.' + el.className)"""
        )
        assert moving == []
    finally:
        context.close()
