"""Every admin screen a newsroom uses, in Chromium, under the admin's CSP, with no outside requests."""

import re

import pytest
from django.urls import reverse

from broadsheet.articles.models import ArticlePage
from broadsheet.newsletter.setup import ensure_newsletters
from tests.conftest import screenshot
from tests.factories import make_article, make_photo

from .admin_browser import PAPER_NAME, AdminSession, make_newsroom, set_paper

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def newsroom():
    room = make_newsroom()
    ensure_newsletters()
    story = make_article(
        room["news"],
        "Harbour talks resume",
        authors=room["people"],
        corrections=["An earlier version misnamed the port."],
    )
    story.title = "Harbour talks resume after a week"
    story.save_revision(user=room["editor"]).publish()
    room["story"] = story
    draft = make_article(room["news"], "Ferry timetable changes", live=False)
    draft.owner = room["reporter"]
    draft.save()
    draft.save_revision(user=room["reporter"])
    draft.get_workflow().start(draft, room["reporter"])
    room["draft"] = draft
    return room


def editor_screens(room):
    story, draft, photo, home, news = (
        room["story"],
        room["draft"],
        room["photo"],
        room["home"],
        room["news"],
    )
    revisions = list(story.revisions.order_by("created_at").values_list("pk", flat=True))
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page explorer": reverse("wagtailadmin_explore_root"),
        "section listing": reverse("wagtailadmin_explore", args=[news.pk]),
        "article create": reverse(
            "wagtailadmin_pages:add", args=["articles", "articlepage", news.pk]
        ),
        "article edit": reverse("wagtailadmin_pages:edit", args=[story.pk]),
        "submitted draft edit": reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        "section edit": reverse("wagtailadmin_pages:edit", args=[news.pk]),
        "home page edit": reverse("wagtailadmin_pages:edit", args=[home.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[story.pk]),
        "revisions compare": reverse(
            "wagtailadmin_pages:revisions_compare", args=[story.pk, revisions[0], revisions[-1]]
        ),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=[draft.pk]),
        "workflow report": reverse("wagtailadmin_reports:workflow"),
        "workflow tasks report": reverse("wagtailadmin_reports:workflow_tasks"),
        "photo list": reverse("wagtailimages:index"),
        "photo upload": reverse("wagtailimages:add_multiple"),
        "photo edit": reverse("wagtailimages:edit", args=[photo.pk]),
        "people": reverse("wagtailsnippets_people_person:list"),
        "person edit": reverse("wagtailsnippets_people_person:edit", args=[room["people"][0].pk]),
        "paper settings": reverse("wagtailsettings:edit", args=["paper", "papersettings"]),
        "edition settings": reverse("wagtailsettings:edit", args=["editions", "editionsettings"]),
        "newsletter settings": reverse(
            "wagtailsettings:edit", args=["newsletter", "newslettersettings"]
        ),
        "distribution settings": reverse(
            "wagtailsettings:edit", args=["distribution", "distributionsettings"]
        ),
        "newsletter issues": reverse("newsletter_issues:index"),
        "subscribers": reverse("newsletter_subscribers:index"),
        "editions": reverse("editions_admin:index"),
        "webhooks": reverse("wagtailsnippets_webhooks_webhook:list"),
        "webhook add": reverse("wagtailsnippets_webhooks_webhook:add"),
        "webhook deliveries": reverse("wagtailsnippets_webhooks_delivery:list"),
    }


def reporter_screens(room):
    news, draft = room["news"], room["draft"]
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page explorer": reverse("wagtailadmin_explore_root"),
        "section listing": reverse("wagtailadmin_explore", args=[news.pk]),
        "article create": reverse(
            "wagtailadmin_pages:add", args=["articles", "articlepage", news.pk]
        ),
        "own draft edit": reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        "own draft history": reverse("wagtailadmin_pages:history", args=[draft.pk]),
        "people": reverse("wagtailsnippets_people_person:list"),
    }


def walk(session, screens, who):
    for name, path in screens.items():
        response = session.visit(path)
        assert response.ok, f"{who}, {name}: {path} answered {response.status}"
        assert not re.search(r"/admin/login/", session.page.url), f"{who}, {name}: sent to login"
        assert session.page.title().endswith(f" - {PAPER_NAME}"), f"{who}, {name}: title"
        session.assert_clean(f"{who}, {name} ({path})")


def test_the_login_page_is_the_papers_and_clean(page, live_server, newsroom):
    set_paper(PAPER_NAME, logo=make_photo("Gazette masthead", size=(600, 120)))
    session = AdminSession(page, live_server.url)
    session.visit("/admin/login/")
    assert page.get_by_role("heading", level=1).inner_text() == f"Sign in to {PAPER_NAME}"
    logo = page.get_by_role("img", name=PAPER_NAME)
    assert logo.evaluate("img => img.naturalWidth") > 0
    assert page.title() == f"Sign in - {PAPER_NAME}"
    session.assert_clean("login page")
    session.log_in(newsroom["editor"])
    sidebar_logo = page.locator("#wagtail-sidebar").get_by_role("img", name=PAPER_NAME)
    assert sidebar_logo.evaluate("img => img.naturalWidth") > 0
    assert page.get_by_role("heading", level=1, name=PAPER_NAME).is_visible()
    session.assert_clean("dashboard")


def test_every_editor_screen_loads_clean(page, live_server, newsroom):
    session = AdminSession(page, live_server.url)
    session.log_in(newsroom["editor"])
    walk(session, editor_screens(newsroom), "editor")


def test_every_reporter_screen_loads_clean(page, live_server, newsroom):
    session = AdminSession(page, live_server.url)
    session.log_in(newsroom["reporter"])
    walk(session, reporter_screens(newsroom), "reporter")


def test_the_avatars_are_local_and_not_broken(page, live_server, newsroom):
    session = AdminSession(page, live_server.url)
    session.log_in(newsroom["editor"])
    session.visit(reverse("wagtailadmin_pages:history", args=[newsroom["story"].pk]))
    avatars = page.locator("img.avatar, .avatar img")
    assert avatars.count() > 0
    for avatar in avatars.all():
        assert avatar.evaluate("img => img.complete && img.naturalWidth > 0"), avatar.get_attribute(
            "src"
        )
    session.assert_clean("history with avatars")


def test_the_editing_widgets_work(page, live_server, newsroom):
    """Byline, lead photo chooser, date picker, live preview and corrections all respond."""
    room = newsroom
    story = make_article(room["news"], "Quay wall repairs begin", photo=False, live=False)
    story.save_revision(user=room["editor"])
    session = AdminSession(page, live_server.url)
    session.log_in(room["editor"])
    session.visit(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    assert page.get_by_role("textbox", name="Headline*").input_value() == "Quay wall repairs begin"

    # A byline of two journalists, chosen from the people list.
    for person in room["people"]:
        page.get_by_role("button", name="Add Contributor").click()
        page.get_by_role("button", name="Choose person").last.click()
        page.locator(".modal").get_by_role("link", name=person.name).click()
        page.locator(".modal").wait_for(state="hidden")
    chosen = page.locator("[id^='id_article_authors-'][id$='-person-title']")
    assert chosen.all_inner_texts() == [person.name for person in room["people"]]

    # The lead photo, from the photo chooser.
    page.get_by_role("button", name="Choose an image").click()
    page.locator(".modal").get_by_role("link", name=room["photo"].title).click()
    page.locator(".modal").wait_for(state="hidden")
    assert page.locator("#id_lead_photo-title").inner_text() == room["photo"].title
    assert page.locator("input[name='lead_photo']").input_value() == str(room["photo"].pk)

    # The change is classified as a correction, with its public note.
    page.get_by_role("radio", name=re.compile(r"Correction \(")).check()
    with page.expect_response(lambda response: response.request.method == "POST"):
        page.get_by_label("Public note").fill("The wall is 90 m long, not 900 m.")

    # The date picker on the schedule.
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.locator("#schedule-publishing-dialog")
    assert dialog.get_by_text("Times are Europe/London time").is_visible()
    go_live = dialog.get_by_label("Go live date/time")
    go_live.click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.wait_for()
    picker.locator("td.xdsoft_date:not(.xdsoft_other_month)").last.click()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", go_live.input_value())
    go_live.fill("")
    dialog.get_by_role("button", name="Close").click()

    # Live preview shows the story as readers will see it.
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    preview.get_by_role("heading", name="Quay wall repairs begin").wait_for()
    assert preview.get_by_text("Amira Haddad").first.is_visible()
    session.assert_clean("editing widgets")

    page.get_by_role("button", name="Save draft").click()
    page.get_by_text("has been updated").wait_for()
    saved = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert [link.person for link in saved.article_authors.all()] == room["people"]
    assert saved.lead_photo == room["photo"]
    assert (saved.change_kind, saved.change_note) == (
        "correction",
        "The wall is 90 m long, not 900 m.",
    )
    screenshot(page, "admin-editing-widgets")
    session.assert_clean("saved draft")
