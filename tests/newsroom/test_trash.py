"""Deleting a story puts it in the trash for 30 days: editors restore it, administrators empty it."""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Revision

from broadsheet.newsroom.models import TrashedPage, TrashPage
from broadsheet.newsroom.roles import EDITORS, REPORTERS
from broadsheet.newsroom.schedule import run_due_jobs
from broadsheet.newsroom.trash import move_to_trash
from broadsheet.search.models import SearchEntry
from tests.factories import make_article, make_home, make_section

pytestmark = pytest.mark.django_db


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, password="a-long-password-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def desk():
    make_home()
    call_command("setup_newsroom", stdout=StringIO())
    section = make_section("News")
    return {
        "section": section,
        "reporter": user_in(REPORTERS, "rita"),
        "editor": user_in(EDITORS, "ed"),
        "admin": get_user_model().objects.create_superuser("ada", password="a-long-password-1"),
    }


def refused(response):
    """Wagtail answers a refused admin request with 403, or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def delete_in_admin(client, user, page):
    client.force_login(user)
    return client.post(f"/admin/pages/{page.pk}/delete/")


def test_deleting_a_story_moves_it_to_the_trash_and_off_the_site(client, desk):
    story = make_article(desk["section"], "Council budget passes")
    url = story.url
    revisions = Revision.page_revisions.filter(object_id=str(story.pk)).count()
    assert client.get(url).status_code == 200

    response = delete_in_admin(client, desk["editor"], story)

    assert response.status_code == 302
    story.refresh_from_db()
    assert not story.live and story.url is None
    assert story.get_parent().specific_class is TrashPage
    item = TrashedPage.objects.get(page=story)
    assert item.trashed_by == desk["editor"] and item.parent.pk == desk["section"].pk
    assert Revision.page_revisions.filter(object_id=str(story.pk)).count() == revisions
    client.logout()
    assert client.get(url).status_code == 404
    assert not SearchEntry.objects.filter(article_id=story.pk).exists()


def test_an_editor_restores_a_story_to_its_address_live_again(client, desk):
    story = make_article(desk["section"], "Bridge reopens")
    url = story.url
    delete_in_admin(client, desk["editor"], story)
    item = TrashedPage.objects.get(page=story)

    response = client.post(f"/admin/trash/{item.pk}/restore/")

    assert response.status_code == 302
    assert not TrashedPage.objects.exists()
    story.refresh_from_db()
    assert story.live and story.url == url
    client.logout()
    assert client.get(url).status_code == 200


def test_a_restored_draft_stays_a_draft(client, desk):
    draft = make_article(desk["section"], "Unfinished feature", live=False)
    move_to_trash(draft, user=desk["editor"])
    client.force_login(desk["editor"])
    client.post(f"/admin/trash/{TrashedPage.objects.get().pk}/restore/")
    draft.refresh_from_db()
    assert not draft.live and draft.get_parent().pk == desk["section"].pk


def test_trashing_cancels_a_schedule(desk):
    story = make_article(desk["section"], "Embargoed results", live=False)
    story.go_live_at = timezone.now() + timedelta(hours=2)
    story.save_revision(user=desk["editor"]).publish(user=desk["editor"])
    assert Revision.page_revisions.filter(approved_go_live_at__isnull=False).exists()
    move_to_trash(story, user=desk["editor"])
    assert not Revision.page_revisions.filter(approved_go_live_at__isnull=False).exists()


def test_restoring_over_a_new_story_with_the_same_address_is_refused(client, desk):
    story = make_article(desk["section"], "Storm warning")
    slug = story.slug
    move_to_trash(story, user=desk["editor"])
    make_article(desk["section"], "Another storm").__class__.objects.filter(
        title="Another storm"
    ).update(slug=slug)
    client.force_login(desk["editor"])
    response = client.post(f"/admin/trash/{TrashedPage.objects.get().pk}/restore/", follow=True)
    assert "already has the address" in response.content.decode()
    assert TrashedPage.objects.filter(page=story).exists()


def test_bulk_delete_moves_every_story_to_the_trash(client, desk):
    stories = [make_article(desk["section"]) for _ in range(2)]
    client.force_login(desk["editor"])
    ids = "&".join(f"id={story.pk}" for story in stories)
    response = client.post(f"/admin/bulk/wagtailcore/page/delete/?{ids}")
    assert response.status_code == 302
    assert set(TrashedPage.objects.values_list("page_id", flat=True)) == {s.pk for s in stories}


def test_the_admin_api_delete_moves_to_the_trash(client, desk):
    story = make_article(desk["section"])
    client.force_login(desk["editor"])
    response = client.post(
        f"/admin/api/main/pages/{story.pk}/action/delete/", content_type="application/json"
    )
    assert response.status_code == 204
    assert TrashedPage.objects.filter(page=story).exists()


def test_a_reporter_cannot_restore_and_an_editor_cannot_empty(client, desk):
    story = make_article(desk["section"])
    item = move_to_trash(story, user=desk["editor"])
    client.force_login(desk["reporter"])
    assert refused(client.get("/admin/trash/"))
    assert refused(client.post(f"/admin/trash/{item.pk}/restore/"))
    client.force_login(desk["editor"])
    assert client.get("/admin/trash/").status_code == 200
    assert refused(client.post(f"/admin/trash/{item.pk}/delete/"))
    assert refused(client.post("/admin/trash/empty/"))
    assert Page.objects.filter(pk=story.pk).exists()


def test_an_administrator_empties_the_trash(client, desk):
    stories = [make_article(desk["section"]) for _ in range(2)]
    for story in stories:
        move_to_trash(story, user=desk["editor"])
    client.force_login(desk["admin"])
    assert "2 items in the trash" in client.get("/admin/trash/empty/").content.decode()
    response = client.post("/admin/trash/empty/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[s.pk for s in stories]).exists()
    assert not TrashedPage.objects.exists()


def test_a_page_in_the_trash_cannot_be_edited_until_restored(client, desk):
    story = make_article(desk["section"])
    move_to_trash(story, user=desk["editor"])
    client.force_login(desk["admin"])
    response = client.get(f"/admin/pages/{story.pk}/edit/")
    assert response.status_code == 302 and response["Location"] == "/admin/trash/"


def test_the_trash_empties_itself_after_thirty_days(desk):
    kept = make_article(desk["section"], "Recent mistake")
    old = make_article(desk["section"], "Old mistake")
    with time_machine.travel(timezone.now() - timedelta(days=31)):
        move_to_trash(old)
    move_to_trash(kept)
    at_purge_time = timezone.localtime().replace(hour=3, minute=45)
    with time_machine.travel(at_purge_time):
        assert "trash-purge" in run_due_jobs()
    assert not Page.objects.filter(pk=old.pk).exists()
    assert TrashedPage.objects.filter(page=kept).exists()


def test_the_trash_screen_says_who_deleted_what_and_when(client, desk):
    story = make_article(desk["section"], "Misfiled obituary")
    delete_in_admin(client, desk["editor"], story)
    html = client.get("/admin/trash/").content.decode()
    assert "Misfiled obituary" in html and "ed" in html and "News" in html
    assert "Restore" in html and "Delete permanently" not in html
    client.force_login(desk["admin"])
    html = client.get("/admin/trash/").content.decode()
    assert "Delete permanently" in html and "Empty trash" in html


def test_the_trash_screen_lists_a_story_whose_deleter_has_left(client, desk):
    leaver = user_in(EDITORS, "leaver")
    move_to_trash(make_article(desk["section"], "Deleted by a leaver"), user=leaver)
    leaver.delete()
    client.force_login(desk["admin"])
    response = client.get("/admin/trash/")
    assert response.status_code == 200
    assert "Deleted by a leaver" in response.content.decode()
