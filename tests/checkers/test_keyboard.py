"""What readers do with the keyboard alone: skip link, menu, search, share, newsletter sign-up, the
e-paper viewer's pages; every focus stop visibly outlined; motion off for readers who ask for less."""

import re

import pytest
from django.core.management import call_command

from broadsheet.editions.build import build_edition
from broadsheet.newsletter import signup
from broadsheet.newsletter.setup import ensure_newsletters
from tests.editions.conftest import make_newspaper
from tests.factories import make_article, make_person, make_section

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {tag: el.tagName, id: el.id, cls: String(el.className || ''),
          text: (el.textContent || '').trim(), href: el.getAttribute('href') || '',
          name: el.getAttribute('aria-label') || (el.textContent || '').trim(),
          outline: style.outlineStyle, width: parseFloat(style.outlineWidth),
          left: box.left, right: box.right, top: box.top, bottom: box.bottom};
}"""
MOVING = """() => [...document.querySelectorAll('*')].filter((el) => {
    const style = getComputedStyle(el);
    return style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)
        || style.scrollBehavior === 'smooth'
        || style.animationName !== 'none';
}).map((el) => el.tagName + '.' + el.className)"""


@pytest.fixture
def front():
    call_command("setup_newsroom", verbosity=0)
    ensure_newsletters()
    world = make_section("World")
    business = make_section("Business")
    reporter = make_person("Ada Lane")
    make_article(business, "Shipping rates fall", authors=[reporter])
    stories = [
        make_article(world, f"Harbour story {n}", authors=[reporter], tags=["Port strike"])
        for n in range(3)
    ]
    return {"world": world, "business": business, "story": stories[0]}


def tab_until(page, matches, limit=150, key="Tab"):
    """Press Tab until `matches(focused)` holds; return every stop on the way."""
    stops = []
    for _ in range(limit):
        page.keyboard.press(key)
        stops.append(page.evaluate(FOCUSED))
        if matches(stops[-1]):
            return stops
    # Every stop's name: a page's stops repeat, so one lap shows what the keyboard could reach.
    names = [f"{stop['tag']}.{stop['cls']}:{stop['name'][:30]}" for stop in stops]
    raise AssertionError(f"never reached after {limit} Tabs; stops: {list(dict.fromkeys(names))}")


def assert_outlined(stops):
    for stop in stops:
        assert stop["outline"] != "none" and stop["width"] >= 2, f"no visible focus: {stop}"


def test_every_focus_stop_on_the_front_page_is_outlined(page, live_server, front):
    page.goto(live_server.url + "/")
    stops = tab_until(page, lambda s: s["id"] == "emailFooter")
    assert "skip-link" in stops[0]["cls"]
    assert any("section-nav__link" in s["cls"] and s["text"] == "World" for s in stops)
    assert_outlined(stops)


def test_every_focus_stop_on_an_article_is_outlined(page, live_server, front):
    page.goto(live_server.url + front["story"].url)
    stops = tab_until(page, lambda s: s["id"] == "emailFooter")
    assert any("share-bar__link" in s["cls"] for s in stops)
    assert_outlined(stops)


def test_skip_link_moves_focus_to_the_content(page, live_server, front):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0, "the skip link shows when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    stop = page.evaluate(FOCUSED)
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)"), stop


def test_section_menu_on_a_phone_scrolls_each_link_into_view(page, live_server, front):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/")
    # What the masthead offers, before the keyboard looks for it.
    assert page.locator(".section-nav__link").all_inner_texts() == ["Home", "World", "Business"]
    stops = tab_until(page, lambda s: s["text"] == "Business" and "section-nav__link" in s["cls"])
    menu = [s for s in stops if "section-nav__link" in s["cls"]]
    assert [s["text"] for s in menu] == ["Home", "World", "Business"]
    for stop in menu:
        assert stop["left"] >= 0 and stop["right"] <= 375, f"focused off screen: {stop}"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(front["business"].url)
    current = page.locator(".section-nav__link[aria-current='page']")
    assert current.inner_text() == "Business"


def test_search_from_the_keyboard(page, live_server, front):
    page.goto(live_server.url + "/")
    tab_until(page, lambda s: s["tag"] == "INPUT" and "search" in (s["id"] + s["cls"]).lower())
    page.keyboard.type("harbour")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/search/?q=harbour" in page.url
    assert page.locator("h2 a, h3 a").filter(has_text="Harbour story").count() == 3


def test_share_from_the_keyboard_announces_the_copied_link(browser, live_server, front):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    try:
        page = context.new_page()
        page.goto(live_server.url + front["story"].url)
        stops = tab_until(page, lambda s: "share-bar__copy" in s["cls"])
        shares = [s["name"] for s in stops if "share-bar__link" in s["cls"]]
        assert shares == [
            "Share on X",
            "Share on Facebook",
            "Share on WhatsApp",
            "Share on Telegram",
            "Share on LinkedIn",
            "Share by email",
            "Copy link",
        ]
        status = page.locator(".share-bar__status")
        assert status.get_attribute("role") == "status"
        page.keyboard.press("Enter")
        page.wait_for_function(
            "() => document.querySelector('.share-bar__status').textContent === 'Link copied.'"
        )
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.endswith(front["story"].url)
    finally:
        context.close()


def test_newsletter_sign_up_from_the_keyboard_announces_its_answer(page, live_server, front):
    page.goto(live_server.url + "/")
    tab_until(page, lambda s: s["id"] == "emailFooter")
    status = page.locator("#messageContainerFooter")
    assert status.get_attribute("aria-live") == "polite"
    page.keyboard.type("not an address")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "text => document.querySelector('#messageContainerFooter').textContent === text",
        arg=signup.INVALID,
    )
    assert page.evaluate("document.activeElement.id") == "emailFooter", "focus stays to correct it"
    page.keyboard.press("Control+A")
    page.keyboard.type("keys@example.org")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "text => document.querySelector('#messageContainerFooter').textContent === text",
        arg=signup.ACCEPTED,
    )


@pytest.fixture
def epaper():
    make_newspaper(stories_per_section=2, seed=8)
    return build_edition(page_count=4)


def test_e_paper_pages_turn_from_the_keyboard(browser, live_server, epaper):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    try:
        page = context.new_page()
        day = epaper.date.isoformat()
        page.goto(live_server.url + "/epaper/")
        count = page.locator(".epaper__count")
        assert count.get_attribute("aria-live") == "polite"
        stops = tab_until(page, lambda s: s["text"].startswith("Next page"))
        assert_outlined(stops)
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url.endswith(f"/epaper/{day}/2/")
        assert count.inner_text().startswith("Page 2 of 4")

        # Every stop on the page is outlined: pager, zoom, the story regions, the page strip.
        stops = tab_until(page, lambda s: s["id"] == "emailFooter")
        assert_outlined(stops)
        assert any(s["cls"] == "epaper__region" for s in stops), "story regions take focus"
        assert any(re.search(rf"/epaper/{day}/3/$", s["href"]) for s in stops), "page strip"

        # The zoom button is a toggle the keyboard presses; arrow keys turn the page.
        page.locator("[data-zoom]").focus()
        page.keyboard.press("Space")
        assert page.locator("[data-zoom]").get_attribute("aria-pressed") == "true"
        page.keyboard.press("ArrowRight")
        page.wait_for_url(re.compile(rf"/epaper/{day}/3/$"))
        page.keyboard.press("ArrowRight")
        page.wait_for_url(re.compile(rf"/epaper/{day}/4/$"))
        assert page.locator("a[rel=next]").count() == 0, "the last page has no next page"
        page.keyboard.press("ArrowRight")
        assert page.url.endswith(f"/epaper/{day}/4/")
        page.keyboard.press("ArrowLeft")
        page.wait_for_url(re.compile(rf"/epaper/{day}/3/$"))
        assert page.evaluate(MOVING) == []
    finally:
        context.close()


def test_reduced_motion_turns_transitions_and_smooth_scrolling_off(browser, live_server, front):
    context = browser.new_context(reduced_motion="reduce")
    try:
        page = context.new_page()
        for path in ("/", front["story"].url, "/search/?q=harbour"):
            page.goto(live_server.url + path)
            assert page.evaluate(MOVING) == [], path
    finally:
        context.close()
