"""An editor credits a photographer in the admin, and a reader sees the credit in the byline."""

import re

import pytest
from django.urls import reverse

from broadsheet.articles.models import ArticlePage
from broadsheet.people.models import Person
from tests.conftest import axe_violations, describe_violations, screenshot
from tests.factories import make_article, make_person
from tests.newsroom.admin_browser import AdminSession, make_newsroom
from tests.newsroom.browser import csp_violations, watch_csp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADLINE = "Lifeboat station reopens after a year of repairs"


@pytest.fixture
def desk():
    room = make_newsroom()
    room["story"] = make_article(room["news"], HEADLINE, authors=[room["people"][0]])
    room["photographer"] = make_person(
        "Wren Halloway", photo=False, on_staff=False, role="Freelance photographer"
    )
    # Enough guests that the chooser pages them and the editor has to search.
    Person.objects.bulk_create(
        Person(name=f"Guest Writer {n:03}", slug=f"guest-writer-{n:03}", on_staff=False)
        for n in range(120)
    )
    return room


# Added before the editor's scripts run, so no event is missed. Wagtail's unsaved-changes watcher
# takes its baseline of the form two seconds after the page loads (`w-unsaved:watch-edits`); an
# edit made before then becomes part of the baseline and is never autosaved. Each autosave's
# credits are kept from its `save` event (saves never overlap) and count once the server took it.
WATCH_AUTOSAVES = """
window.__autosaves = {watching: false, started: 0, finished: 0, sending: null, saved: null};
document.addEventListener("w-unsaved:watch-edits", () => { window.__autosaves.watching = true; });
document.addEventListener("w-autosave:save", (event) => {
  const credits = [...event.detail.formData].filter(([name]) => /^article_authors-\\d+-(person|role)$/.test(name));
  window.__autosaves.started += 1;
  window.__autosaves.sending = credits.map(([, value]) => String(value));
});
document.addEventListener("w-autosave:success", () => {
  window.__autosaves.finished += 1;
  window.__autosaves.saved = window.__autosaves.sending;
});
document.addEventListener("w-autosave:error", () => { window.__autosaves.finished += 1; });
"""
# The last autosave the server accepted holds these credits, and none is in flight.
AUTOSAVED = """(credits) => window.__autosaves.started === window.__autosaves.finished
  && JSON.stringify(window.__autosaves.saved) === JSON.stringify(credits)"""


def action(page, name):
    """Pick an action from the editor's footer menu (Save draft, Publish…)."""
    footer = page.locator("footer")
    button = footer.get_by_role("button", name=name, exact=True)
    if not button.is_visible():
        footer.get_by_role("button", name="More actions").click()
    button.click()


def latest_roles(story):
    draft = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
    return [(link.person.name, link.role) for link in draft.article_authors.all()]


def test_an_editor_credits_a_photographer_and_a_reader_sees_it(page, browser, live_server, desk):
    story, photographer = desk["story"], desk["photographer"]
    editor = AdminSession(page, live_server.url)
    page.add_init_script(WATCH_AUTOSAVES)
    editor.log_in(desk["editor"])
    editor.visit(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    # Edit only once Wagtail watches for edits, as a person would: in CI the whole credit was
    # sometimes made within those two seconds, so no autosave ever started.
    page.wait_for_function("() => window.__autosaves.watching")

    page.get_by_role("button", name="Add Contributor").click()
    page.get_by_role("button", name="Choose person").last.click()
    modal = page.locator(".modal")
    modal.get_by_role("link", name="Guest Writer 000").wait_for()
    assert modal.get_by_role("link", name="Wren Halloway").count() == 0  # not on the first page
    modal.get_by_role("textbox", name="Search").fill("Wren")
    modal.get_by_role("link", name="Wren Halloway").click()
    modal.wait_for(state="hidden")
    chosen = page.locator("[id^='id_article_authors-'][id$='-person-title']")
    assert chosen.all_inner_texts() == ["Amira Haddad", "Wren Halloway"]
    page.locator("select[name='article_authors-1-role']").select_option(label="Photography")

    # Autosave keeps the change; publishing while it is in flight would double the new row.
    credits = [str(desk["people"][0].pk), "reporting", str(photographer.pk), "photography"]
    page.wait_for_function(AUTOSAVED, arg=credits, timeout=30_000)
    assert latest_roles(story) == [("Amira Haddad", "reporting"), ("Wren Halloway", "photography")]
    editor.assert_clean("crediting a photographer")
    screenshot(page, "byline-photographer-admin")
    action(page, "Publish")
    page.wait_for_url(re.compile(rf"/admin/pages/{desk['news'].pk}/$"))
    editor.assert_clean("publishing")
    assert latest_roles(story) == [("Amira Haddad", "reporting"), ("Wren Halloway", "photography")]

    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="en-GB")
    try:
        reader = watch_csp(context.new_page())
        response = reader.goto(live_server.url + ArticlePage.objects.get(pk=story.pk).url)
        assert response.ok
        byline = reader.locator(".byline")
        assert byline.locator(".byline__names").inner_text().strip() == "By Amira Haddad"
        credit = byline.locator(".byline__credits")
        assert credit.inner_text().strip() == "Photography by Wren Halloway"
        link = credit.get_by_role("link", name="Wren Halloway")
        assert link.get_attribute("href") == photographer.get_absolute_url()
        assert csp_violations(reader) == []
        violations = axe_violations(reader, context=".byline")
        assert violations == [], describe_violations(violations)
        screenshot(reader, "byline-photographer-reader")
        link.click()
        reader.wait_for_url(re.compile(re.escape(photographer.get_absolute_url()) + "$"))
        assert "Guest contributor" in reader.locator(".person-header__role").inner_text()
        assert reader.get_by_role("link", name=HEADLINE).count() == 1
        assert csp_violations(reader) == []
    finally:
        context.close()
