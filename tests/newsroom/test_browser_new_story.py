"""A reporter starts a story in Chromium: nothing is saved behind her back, clashes are explained."""

import re

import pytest
from playwright.sync_api import expect

from broadsheet.articles.models import ArticlePage
from tests.conftest import screenshot
from tests.factories import make_section

from .browser import csp_violations, log_in, watch_csp
from .conftest import draft_by

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def news(newsroom):
    section = make_section("News")
    earlier = draft_by(newsroom["other_reporter"], section, "Council tax rise explained")
    ArticlePage.objects.filter(pk=earlier.pk).update(slug="council-tax-rise-explained")
    return section


def start_story(page, live_server, section, headline, settle=None):
    page.goto(f"{live_server.url}/admin/pages/add/articles/articlepage/{section.pk}/")
    if settle:
        settle()  # let the form's first seconds pass, after which Wagtail watches for edits
    page.locator("input[name='title']").fill(headline)
    page.locator("[name='standfirst']").fill("Bills go up by five per cent from April.")


def test_an_abandoned_story_leaves_no_draft_behind(page, live_server, news):
    page.clock.install()
    log_in(page, live_server, "rita")
    before = ArticlePage.objects.count()
    start_story(
        page,
        live_server,
        news,
        "Lifeboat crew rescue two walkers",
        lambda: page.clock.run_for(3000),
    )
    page.clock.run_for(10_000)  # long past Wagtail's autosave interval
    assert page.locator("[data-edit-form][data-controller~='w-autosave']").count() == 0
    page.goto(live_server.url + "/admin/")
    assert ArticlePage.objects.count() == before
    assert not ArticlePage.objects.filter(title="Lifeboat crew rescue two walkers").exists()


def test_a_headline_another_story_uses_gets_its_own_address_and_says_so(page, live_server, news):
    watch_csp(page)
    log_in(page, live_server, "rita")
    start_story(page, live_server, news, "Council tax rise explained")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    story = ArticlePage.objects.filter(title="Council tax rise explained").latest("pk")
    assert story.slug == "council-tax-rise-explained-2"
    note = page.locator(".messages").inner_text()
    assert (
        "“Council tax rise explained” (a draft) already uses the web address "
        "“council-tax-rise-explained”, so this story's is “council-tax-rise-explained-2”."
    ) in note
    assert csp_violations(page) == []
    screenshot(page, "new-story-slug-renumbered")


def test_a_chosen_address_that_is_taken_is_explained_at_the_top_and_on_the_headline(
    page, live_server, news
):
    watch_csp(page)
    log_in(page, live_server, "rita")
    start_story(page, live_server, news, "Why your council tax bill is going up")
    page.get_by_role("tab", name="Promote").click()
    address = page.locator("input[name='slug']")
    # Wagtail fills the address from the headline a moment later; change it once it has.
    expect(address).to_have_value("why-your-council-tax-bill-is-going-up")
    address.fill("council-tax-rise-explained")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state()
    explanation = (
        "The web address “council-tax-rise-explained” is already used by "
        "“Council tax rise explained” (a draft) in News."
    )
    assert explanation in page.locator(".messages").inner_text()
    page.get_by_role("tab", name="Content").click()
    headline_error = page.locator(".w-field__errors, .error-message").filter(has_text=explanation)
    assert headline_error.first.is_visible()
    assert headline_error.first.get_by_role("link", name="Council tax rise explained").count() == 1
    assert not ArticlePage.objects.filter(title="Why your council tax bill is going up").exists()
    assert (
        page.locator("input[name='title']").input_value() == "Why your council tax bill is going up"
    )
    assert csp_violations(page) == []
    screenshot(page, "new-story-slug-clash")
