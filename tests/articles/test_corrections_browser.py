"""An editor publishes a correction with its note; readers see it on the story, on /corrections/
and on the page of what changed, in a real Chromium."""

import re

import pytest
from django.urls import reverse

from broadsheet.articles.models import ArticleChange, ArticlePage
from tests.conftest import axe_violations, describe_violations, screenshot
from tests.factories import make_article
from tests.newsroom.admin_browser import AdminSession, make_newsroom

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADLINE = "Ferry runs aground off the north quay"
NOTE = "An earlier version said 40 passengers were aboard; there were 14."
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def publish(page):
    footer = page.locator("footer")
    button = footer.get_by_role("button", name="Publish", exact=True)
    if not button.is_visible():
        footer.get_by_role("button", name="More actions").click()
    button.click()


def assert_clean(page, where):
    assert page.evaluate("() => window.__cspViolations") == [], where
    violations = axe_violations(page)
    assert not violations, f"{where}: " + describe_violations(violations)


@pytest.fixture
def newsroom(browser, page, live_server, request):
    room = make_newsroom()
    room["story"] = make_article(
        room["news"],
        HEADLINE,
        standfirst="The ferry was carrying 40 passengers when it ran aground at dawn.",
        photo=False,
    )
    room["editor_tab"] = AdminSession(page, live_server.url)
    room["editor_tab"].log_in(room["editor"])
    reader_context = browser.new_context(viewport={"width": 375, "height": 800}, locale="en-GB")
    reader_context.set_default_timeout(10_000)
    room["reader"] = reader_context.new_page()
    room["reader"].add_init_script(WATCH_CSP)
    yield room
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        screenshot(room["reader"], f"{request.node.name}-reader-failed")
    reader_context.close()


def test_an_editor_publishes_a_correction_and_readers_see_it(newsroom, live_server):
    story, editor, reader = newsroom["story"], newsroom["editor_tab"], newsroom["reader"]
    desk = editor.page
    editor.visit(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    minor = desk.get_by_role("radio", name=re.compile(r"Minor edit"))
    assert minor.is_checked()  # each edit starts as a minor one
    desk.get_by_role("textbox", name="Standfirst*").fill(
        "The ferry was carrying 14 passengers when it ran aground at dawn."
    )
    desk.get_by_role("radio", name=re.compile(r"Correction \(")).check()
    publish(desk)
    # Without its note, the correction is refused, with the reason on the field.
    desk.get_by_text("A correction needs a public note").wait_for()
    assert ArticleChange.objects.filter(article=story).count() == 0
    assert ArticlePage.objects.get(pk=story.pk).standfirst.startswith("The ferry was carrying 40")
    editor.assert_clean("a correction without its note")

    desk.get_by_label("Public note").fill(NOTE)
    publish(desk)
    desk.wait_for_url(re.compile(rf"/admin/pages/{newsroom['news'].pk}/$"))
    editor.assert_clean("publishing the correction")
    change = ArticleChange.objects.get(article=story)
    assert (change.kind, change.note) == ("correction", NOTE)

    # Opening the story again: the next change starts as a minor edit, with no note.
    editor.visit(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    assert desk.get_by_role("radio", name=re.compile(r"Minor edit")).is_checked()
    assert desk.get_by_label("Public note").input_value() == ""

    # The reader sees it at the foot of the story, with the Updated time.
    reader.goto(live_server.url + story.url)
    corrections = reader.get_by_role("region", name="Corrections")
    assert NOTE in corrections.inner_text()
    assert reader.locator(".byline__updated").is_visible()
    assert_clean(reader, "the corrected story")

    # … on /corrections/, with its story …
    reader.goto(live_server.url + "/corrections/")
    reader.get_by_role("heading", level=1, name="Corrections").wait_for()
    item = reader.locator(".correction-list__item", has_text=NOTE)
    assert item.get_by_role("link", name=HEADLINE).get_attribute("href").endswith("#corrections")
    assert_clean(reader, "/corrections/")
    screenshot(reader, "corrections-page")

    # … and what changed, word by word.
    item.get_by_role("link", name=re.compile("^What changed")).click()
    reader.get_by_role("heading", level=1, name=HEADLINE).wait_for()
    version = reader.get_by_role("region", name=re.compile("^Correction"))
    assert NOTE in version.inner_text()
    assert version.locator("ins").all_inner_texts() == ["[added] 14 "]
    assert version.locator("del").all_inner_texts() == ["[removed] 40 "]
    assert_clean(reader, "what changed")
    screenshot(reader, "what-changed")
