"""The home, section and article pages in a real Chromium at phone and desktop widths."""

import pytest
from django.core.management import call_command

from tests.conftest import axe_violations, describe_violations, screenshot
from tests.factories import make_article, make_person, make_photo, make_section

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"phone": 375, "desktop": 1280}


@pytest.fixture
def paper():
    """A paper with the elements an article page shows, served by the live server."""
    call_command("setup_newsroom", verbosity=0)
    world = make_section("World")
    opinion = make_section("Opinion")
    reporter = make_person("Ada Lane")
    columnist = make_person("Mara Quist", is_columnist=True)
    for n in range(3):
        make_article(
            opinion, f"Why the harbour matters, part {n}", kind="opinion", authors=[columnist]
        )
    for n in range(4):
        make_article(
            world, f"Earlier harbour story number {n}", tags=["Port strike"], authors=[reporter]
        )
    article = make_article(
        world,
        "Harbour talks resume after a week of strikes",
        authors=[reporter],
        tags=["Port strike"],
        dateline="Northport",
        agency="Meridian Wire",
        photo=make_photo("Cranes", credit="Meridian Wire", caption="Cranes stand idle."),
        corrections=["An earlier version misnamed the chair."],
    )
    from broadsheet.paper.models import PaperSettings

    settings = PaperSettings.for_site(article.get_site())
    settings.app_store_url = "https://apps.example.org/ios"
    settings.play_store_url = "https://apps.example.org/android"
    settings.save()
    return {"world": world, "article": article}


def open_at(page, live_server, path, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + path)
    return page


def assert_accessible(page, name):
    violations = axe_violations(page)
    assert not violations, f"{name}: {describe_violations(violations)}"


@pytest.mark.parametrize("width_name", WIDTHS)
def test_article_page_shows_every_element(page, live_server, paper, width_name):
    width = WIDTHS[width_name]
    open_at(page, live_server, paper["article"].url, width)
    for selector in [
        ".masthead__name",
        ".masthead__date",
        ".section-nav",
        "h1.article__headline",
        ".article__standfirst",
        ".byline__names a[rel=author]",
        ".article__lead-photo img",
        ".article__lead-photo figcaption",
        ".dateline",
        ".corrections",
        ".tags a",
        ".related .teaser__photo img",
        ".opinion-widget__item--first img",
        ".app-badges img",
    ]:
        assert page.locator(selector).first.is_visible(), f"{selector} at {width}px"
    assert page.locator(".related .teaser").count() >= 4
    lead = page.locator(".article__lead-photo img")
    assert lead.evaluate("img => img.currentSrc").endswith(".webp")
    share_position = page.locator(".share-bar").evaluate("el => getComputedStyle(el).position")
    if width < 768:
        assert share_position == "static", "the share bar sits in the flow on phones"
        box = page.locator(".share-bar").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
    else:
        assert share_position == "fixed", "the share bar stays at the side on wide screens"
        box = page.locator(".share-bar").bounding_box()
        assert box["x"] + box["width"] >= width - 2
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "no sideways scrolling"
    screenshot(page, f"article-{width_name}")
    assert_accessible(page, f"article at {width}px")


@pytest.mark.parametrize("width_name", WIDTHS)
def test_home_and_section_pages_render_and_are_accessible(page, live_server, paper, width_name):
    width = WIDTHS[width_name]
    for name, path in [("home", "/"), ("section", paper["world"].url)]:
        open_at(page, live_server, path, width)
        assert page.locator(".teaser").first.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name
        screenshot(page, f"{name}-{width_name}")
        assert_accessible(page, f"{name} at {width}px")


def test_keyboard_reaches_the_menu_and_the_share_links(page, live_server, paper):
    open_at(page, live_server, paper["article"].url, WIDTHS["desktop"])
    focused = []
    for _ in range(80):
        page.keyboard.press("Tab")
        focused.append(
            page.evaluate(
                "() => { const el = document.activeElement;"
                " return (el.className || '') + ' ' + (el.textContent || '').trim(); }"
            )
        )
    assert "skip-link" in focused[0]
    assert any("section-nav__link" in item and "World" in item for item in focused)
    assert any("share-bar__link" in item and "Share on X" in item for item in focused)
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "keyboard focus is visible"


@pytest.mark.parametrize("width", [360, 1440])
def test_article_page_fits_the_narrowest_and_widest_screens(page, live_server, paper, width):
    open_at(page, live_server, paper["article"].url, width)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.locator("h1.article__headline").is_visible()
