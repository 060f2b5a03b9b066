"""A story from a reporter's first draft to the front page and a correction, as the newsroom does it."""

import json
import re
from datetime import timedelta
from io import BytesIO
from zoneinfo import ZoneInfo

import feedparser
import pytest
import time_machine
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from wagtail.models import WorkflowState

from broadsheet.articles.models import ArticlePage
from broadsheet.newsroom.publishing import publish_scheduled
from broadsheet.photos.models import Photo
from tests.conftest import screenshot

from .admin_browser import AdminSession, make_newsroom

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

HEADLINE = "Harbour pilots vote to strike over night shifts"
STANDFIRST = "Pilots who guide ships into the port say rosters have become unsafe."
REVISED_STANDFIRST = "Pilots who guide ships into the port say night rosters have become unsafe."
CORRECTION = "An earlier version said the vote was unanimous; 41 of 44 pilots backed it."


def jpeg_bytes():
    buffer = BytesIO()
    Image.new("RGB", (1200, 800), (30, 80, 120)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def desk(browser, page, live_server, request):
    """The newsroom: the reporter on `page`, the editor and a reader in browser contexts of their own."""
    room = make_newsroom()
    editor_context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB", timezone_id="Europe/London"
    )
    editor_context.set_default_timeout(10_000)
    room["reporter_tab"] = AdminSession(page, live_server.url)
    room["editor_tab"] = AdminSession(editor_context.new_page(), live_server.url)
    room["reporter_tab"].log_in(room["reporter"])
    room["editor_tab"].log_in(room["editor"])
    readers = []

    def new_reader():
        """A reader's browser of their own: nothing cached from an earlier visit."""
        readers.append(browser.new_context(locale="en-GB"))
        return readers[-1].new_page()

    room["new_reader"] = new_reader
    yield room
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        screenshot(room["editor_tab"].page, f"{request.node.name}-editor-failed")
    for context in readers:
        context.close()
    editor_context.close()


def choose(page, button, choice):
    """Open a chooser modal from `button` and pick `choice` from its list."""
    button.click()
    page.locator(".modal").get_by_role("link", name=choice).click()
    page.locator(".modal").wait_for(state="hidden")


def add_block(page, kind):
    """Add a body block of `kind` at the end of the body."""
    page.locator("#panel-child-content-body-section").get_by_role(
        "button", name="Insert a block"
    ).last.click()
    page.get_by_role("option", name=kind).click()


def action(page, name):
    """Pick an action from the editor's footer menu (Save draft, Submit, Approve…)."""
    footer = page.locator("footer")
    button = footer.get_by_role("button", name=name, exact=True)
    if not button.is_visible():
        footer.get_by_role("button", name="More actions").click()
    button.click()


def test_a_story_from_draft_to_front_page(desk, live_server, tmp_path):
    reporter, editor = desk["reporter_tab"], desk["editor_tab"]
    news = desk["news"]
    photo_file = tmp_path / "pilots.jpg"
    photo_file.write_bytes(jpeg_bytes())

    # The reporter writes the story.
    page = reporter.page
    reporter.visit(reverse("wagtailadmin_pages:add", args=["articles", "articlepage", news.pk]))
    page.get_by_role("textbox", name="Headline*").fill(HEADLINE)
    page.get_by_role("textbox", name="Standfirst*").fill(STANDFIRST)
    for person in desk["people"]:
        page.get_by_role("button", name="Add Contributor").click()
        choose(page, page.get_by_role("button", name="Choose person").last, person.name)

    # A lead photo, uploaded from the chooser with its alt text, caption and credit.
    page.get_by_role("button", name="Choose an image").click()
    modal = page.locator(".modal")
    modal.get_by_role("tab", name="Upload").click()
    modal.get_by_label("Title").fill("Pilots at the harbour office")
    modal.get_by_label("File").set_input_files(str(photo_file))
    modal.get_by_label("Alt text").fill("Three pilots in orange jackets on the quay")
    modal.get_by_label("Caption").fill("Pilots leaving the harbour office on Monday.")
    modal.get_by_label("Credit").fill("Staff photo")
    modal.get_by_role("button", name="Upload").click()
    modal.wait_for(state="hidden")
    assert page.locator("#id_lead_photo-title").inner_text() == "Pilots at the harbour office"

    # A pull quote and a fact box in the body, and two tags.
    add_block(page, "Pull quote")
    page.locator("textarea[name$='-value-quote']").fill("We will not take ships in blind.")
    page.locator("input[name$='-value-attribution']").fill("Amira Haddad, pilots' union")
    add_block(page, "Fact box")
    page.locator("input[name$='-value-title']").fill("The pilots' service")
    page.locator("[data-contentpath='body'] .public-DraftEditor-content").last.fill(
        "44 pilots guide about 9,000 ships a year."
    )
    tags = page.locator(".tagit-new input")
    for tag in ["Harbour", "Strikes"]:
        tags.press_sequentially(tag)
        tags.press("Enter")
        page.locator(".tagit-label", has_text=tag).wait_for()
    screenshot(page, "flow-1-draft")
    reporter.assert_clean("writing a story")
    action(page, "Save draft")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    story = ArticlePage.objects.get(title=HEADLINE)
    draft = story.get_latest_revision_as_object()
    assert [link.person for link in draft.article_authors.all()] == desk["people"]
    photo = Photo.objects.get(title="Pilots at the harbour office")
    assert (photo.description, photo.caption, photo.credit) == (
        "Three pilots in orange jackets on the quay",
        "Pilots leaving the harbour office on Monday.",
        "Staff photo",
    )
    assert draft.lead_photo == photo
    assert [block.block_type for block in draft.body] == ["pull_quote", "fact_box"]
    assert sorted(tag.name for tag in draft.tags.all()) == ["Harbour", "Strikes"]
    reporter.assert_clean("saved draft")

    # A reporter cannot publish: no button, and a forged publish is not obeyed.
    page.locator("footer").get_by_role("button", name="More actions").click()
    assert page.locator("footer").get_by_role("button", name="Publish").count() == 0
    page.keyboard.press("Escape")
    status = page.evaluate(
        """async () => {
            const form = document.querySelector("[data-edit-form]");
            const data = new FormData(form);
            data.append("action-publish", "action-publish");
            const response = await fetch(form.action, {method: "POST", body: data});
            return response.status;
        }"""
    )
    assert status in {200, 302, 403}
    story.refresh_from_db()
    assert not story.live and story.first_published_at is None

    # Submitted for review.
    reporter.visit(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    action(page, "Submit to Desk review")
    page.get_by_text("has been submitted for moderation").wait_for()
    assert WorkflowState.objects.get(object_id=str(story.pk)).status == "in_progress"

    # The editor asks for changes, with a note.
    desk_page = editor.page
    editor.visit(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    action(desk_page, "Request changes")
    desk_page.locator(".modal").get_by_label("Comment").fill("Say which rosters: nights only?")
    desk_page.locator(".modal").get_by_role("button", name="Request changes").click()
    desk_page.wait_for_url(re.compile(rf"/admin/pages/{news.pk}/$"))
    assert WorkflowState.objects.get(object_id=str(story.pk)).status == "needs_changes"
    editor.assert_clean("requesting changes")
    screenshot(desk_page, "flow-2-changes-requested")

    # The reporter sees the note, revises and resubmits.
    reporter.visit(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    page.get_by_role("button", name="Toggle status").click()
    page.locator("[data-side-panel='status']").get_by_text("Changes requested").first.wait_for()
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("textbox", name="Standfirst*").fill(REVISED_STANDFIRST)
    action(page, "Resubmit to Editor sign-off")
    page.get_by_text("has been submitted for moderation").wait_for()
    assert WorkflowState.objects.get(object_id=str(story.pk)).status == "in_progress"
    reporter.assert_clean("resubmitting")

    # The editor approves it to go live in a minute.
    editor.visit(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    go_live = (timezone.now() + timedelta(minutes=1)).astimezone(ZoneInfo(settings.TIME_ZONE))
    go_live = go_live.replace(second=0, microsecond=0) + timedelta(minutes=1)
    desk_page.get_by_role("button", name="Toggle status").click()
    desk_page.get_by_role("button", name="Set schedule").click()
    dialog = desk_page.locator("#schedule-publishing-dialog")
    dialog.get_by_label("Go live date/time").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    save_schedule = dialog.get_by_role("button", name="Save schedule")
    save_schedule.focus()  # from the keyboard: the open date picker covers the button
    save_schedule.press("Enter")
    desk_page.get_by_text("has been updated").wait_for()
    action(desk_page, "Approve and Publish")
    desk_page.wait_for_url(re.compile(rf"/admin/pages/{news.pk}/$"))
    story.refresh_from_db()
    assert not story.live
    assert story.scheduled_revision.approved_go_live_at == go_live
    editor.assert_clean("approving with a schedule")

    # A minute later it is live by itself, everywhere readers look.
    with time_machine.travel(go_live + timedelta(seconds=20), tick=True):
        assert publish_scheduled().published  # what every pass of the running scheduler does
        story.refresh_from_db()
        assert story.live and story.standfirst == REVISED_STANDFIRST
        reader = desk["new_reader"]()
        for path in ["/", news.url, "/search/?q=pilots+strike"]:
            assert reader.goto(live_server.url + path).ok, path
            assert reader.get_by_role("link", name=HEADLINE).count() >= 1, path
        assert reader.goto(live_server.url + story.url).ok
        assert reader.get_by_role("heading", level=1, name=HEADLINE).is_visible()
        for path in ["/feeds/rss.xml", f"/feeds/sections/{news.slug}/atom.xml"]:
            feed = feedparser.parse(reader.request.get(live_server.url + path).body())
            assert HEADLINE in [entry.title for entry in feed.entries], path

    # Half an hour later an editor corrects it: on the page, in its structured data and in the
    # feed.
    with time_machine.travel(go_live + timedelta(minutes=30), tick=True):
        editor.visit(reverse("wagtailadmin_pages:edit", args=[story.pk]))
        desk_page.get_by_role("radio", name=re.compile(r"Correction \(")).check()
        # Autosave first: a publish while an autosave is in flight would race it.
        with desk_page.expect_response(lambda response: response.request.method == "POST"):
            desk_page.get_by_role("textbox", name="Public note").fill(CORRECTION)
        action(desk_page, "Publish")
        desk_page.wait_for_url(re.compile(rf"/admin/pages/{news.pk}/$"))
        editor.assert_clean("publishing a correction")
        reader = desk["new_reader"]()
        reader.goto(live_server.url + story.url)
        corrections = reader.get_by_role("region", name="Corrections")
        assert CORRECTION in corrections.inner_text()
        structured = [
            json.loads(script)
            for script in reader.locator("script[type='application/ld+json']").all_text_contents()
        ]
        article_data = next(data for data in structured if data.get("@type") == "NewsArticle")
        assert [c["text"] for c in article_data["correction"]] == [CORRECTION]
        reader.goto(live_server.url + "/corrections/")
        assert reader.get_by_role("link", name=HEADLINE, exact=True).count() == 1
        feed = feedparser.parse(reader.request.get(live_server.url + "/feeds/atom.xml").body())
        entry = next(entry for entry in feed.entries if entry.title == HEADLINE)
        assert entry.updated_parsed > entry.published_parsed

        # Compare the first draft with today's version, then restore the first draft.
        first, *_, latest = story.revisions.order_by("created_at", "pk")
        editor.visit(
            reverse("wagtailadmin_pages:revisions_compare", args=[story.pk, first.pk, latest.pk])
        )
        assert desk_page.locator(".addition", has_text="night").count() >= 1
        editor.assert_clean("comparing revisions")
        editor.visit(reverse("wagtailadmin_pages:history", args=[story.pk]))
        editor.assert_clean("history")
        editor.visit(reverse("wagtailadmin_pages:revisions_revert", args=[story.pk, first.pk]))
        assert desk_page.get_by_role("textbox", name="Standfirst*").input_value() == STANDFIRST
        action(desk_page, "Replace current draft")
        desk_page.get_by_text("has been replaced with version from").wait_for()
        restored = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
        assert restored.standfirst == STANDFIRST
        editor.assert_clean("restoring a revision")
    screenshot(desk_page, "flow-3-restored")
