"""The newsroom's roles and the trash in a real Chromium, clicked through as each person would."""

from io import BytesIO, StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from PIL import Image
from playwright.sync_api import expect

from broadsheet.newsroom.models import TrashedPage
from broadsheet.newsroom.roles import EDITORS, REPORTERS
from broadsheet.photos.models import Photo
from tests.conftest import screenshot
from tests.factories import make_article, make_home, make_photo, make_section

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-1"
DEMO_PHOTOS = ["Harbour cranes at dawn", "Council chamber vote", "Flooded high street"]


@pytest.fixture
def newsroom(db):
    home = make_home()
    call_command("setup_newsroom", stdout=StringIO())
    section = make_section("News", home=home)
    users = {}
    for name, group in [("rita", REPORTERS), ("ed", EDITORS)]:
        user = get_user_model().objects.create_user(
            name, password=PASSWORD, first_name=name.title()
        )
        user.groups.add(Group.objects.get(name=group))
        users[name] = user
    users["ada"] = get_user_model().objects.create_superuser("ada", password=PASSWORD)
    for title in DEMO_PHOTOS:
        make_photo(title)
    editors_story = make_article(section, "Editor's scheduled splash", live=False)
    editors_story.owner = users["ed"]
    editors_story.save(update_fields=["owner"])
    live_story = make_article(section, "Bridge reopens after repairs")
    draft = make_article(section, "Reporter's draft on the harbour", live=False, photo=False)
    draft.owner = users["rita"]
    draft.save(update_fields=["owner"])
    draft.save_revision(user=users["rita"])
    return {
        "users": users,
        "editors_story": editors_story,
        "live_story": live_story,
        "draft": draft,
    }


@pytest.fixture
def csp_violations(page):
    """Collect every Content Security Policy violation the browser reports, on every page."""
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/admin/")


def jpeg_bytes():
    buffer = BytesIO()
    Image.new("RGB", (900, 600), (30, 120, 90)).save(buffer, "JPEG")
    return buffer.getvalue()


def test_reporter_chooses_and_uploads_a_photo(page, live_server, newsroom, csp_violations):
    sign_in(page, live_server, "rita")
    page.goto(f"{live_server.url}/admin/pages/{newsroom['draft'].pk}/edit/")
    page.get_by_role("button", name="Choose an image").first.click()
    modal = page.locator(".modal-content")
    for title in DEMO_PHOTOS:
        modal.get_by_text(title, exact=True).wait_for()
    upload_tab = modal.get_by_role("tab", name="Upload")
    assert upload_tab.is_visible()
    upload_tab.click()
    modal.locator("input[type=file]").set_input_files(
        {"name": "lifeboat.jpg", "mimeType": "image/jpeg", "buffer": jpeg_bytes()}
    )
    modal.get_by_label("Title").fill("Lifeboat crew returns")
    modal.locator("#id_image-chooser-upload-description").fill(
        "Lifeboat crew in orange jackets on the slipway"
    )
    modal.get_by_label("Credit").fill("Staff photo")
    screenshot(page, "newsroom-reporter-photo-upload")
    screenshot(page, "newsroom-reporter-photo-upload-form")
    modal.get_by_role("button", name="Upload").click()
    page.locator(".modal-content").wait_for(state="detached")
    expect(page.get_by_text("Lifeboat crew returns").first).to_be_visible()
    photo = Photo.objects.get(title="Lifeboat crew returns")
    assert photo.uploaded_by_user == newsroom["users"]["rita"]
    page.goto(f"{live_server.url}/admin/images/")
    expect(page.get_by_text("Lifeboat crew returns").first).to_be_visible()
    assert csp_violations == []


def test_reporter_is_refused_deleting_an_editors_story_or_publishing(
    page, live_server, newsroom, csp_violations
):
    sign_in(page, live_server, "rita")
    page.goto(f"{live_server.url}/admin/pages/{newsroom['draft'].pk}/edit/")
    page.locator("button[name=action-submit]").wait_for(state="attached")
    assert (
        page.locator("button[name=action-submit]").inner_text().strip() == "Submit to Desk review"
    )
    assert page.locator("button[name=action-publish]").count() == 0
    page.goto(f"{live_server.url}/admin/pages/{newsroom['editors_story'].pk}/delete/")
    assert page.url == live_server.url + "/admin/"
    expect(page.get_by_text("do not have permission")).to_be_visible()
    page.goto(f"{live_server.url}/admin/pages/{newsroom['live_story'].pk}/unpublish/")
    expect(page.get_by_text("do not have permission")).to_be_visible()
    assert not TrashedPage.objects.exists()
    assert page.get_by_role("link", name="Trash").count() == 0
    screenshot(page, "newsroom-reporter-refused")
    assert csp_violations == []


def test_editor_deletes_a_story_and_restores_it(page, live_server, newsroom, csp_violations):
    story = newsroom["live_story"]
    public_url = live_server.url + story.url
    sign_in(page, live_server, "ed")
    page.goto(f"{live_server.url}/admin/pages/{story.pk}/delete/")
    page.get_by_role("button", name="Yes, delete it").click()
    page.get_by_text("moved to the trash").wait_for()
    assert page.goto(public_url).status == 404

    page.goto(live_server.url + "/admin/")
    page.get_by_role("link", name="Trash").click()
    row = page.locator("tr", has_text=story.title)
    expect(row.get_by_role("cell", name="Ed", exact=True)).to_be_visible()
    expect(row.get_by_role("cell", name="News", exact=True)).to_be_visible()
    assert page.get_by_role("link", name="Delete permanently").count() == 0
    screenshot(page, "newsroom-trash-editor")
    row.get_by_role("button", name="Restore").click()
    page.get_by_text(f"“{story.title}” is back in News.").wait_for()
    expect(page.get_by_text("The trash is empty.")).to_be_visible()

    response = page.goto(public_url)
    assert response.status == 200
    expect(page.get_by_role("heading", name=story.title)).to_be_visible()
    assert csp_violations == []


def test_administrator_empties_the_trash(page, live_server, newsroom, csp_violations):
    sign_in(page, live_server, "ed")
    page.goto(f"{live_server.url}/admin/pages/{newsroom['live_story'].pk}/delete/")
    page.get_by_role("button", name="Yes, delete it").click()
    page.get_by_text("moved to the trash").wait_for()
    page.context.clear_cookies()

    sign_in(page, live_server, "ada")
    page.get_by_role("link", name="Trash").click()
    page.get_by_role("link", name="Empty trash").click()
    page.get_by_text("1 item in the trash will be deleted for good").wait_for()
    page.get_by_role("button", name="Empty trash").click()
    page.get_by_text("Trash emptied: 1 deleted for good.").wait_for()
    expect(page.get_by_text("The trash is empty.")).to_be_visible()
    assert not TrashedPage.objects.exists()
    screenshot(page, "newsroom-trash-emptied")
    assert csp_violations == []
