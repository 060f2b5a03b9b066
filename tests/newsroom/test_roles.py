"""Reporters write and submit; only editors publish; every story passes the desk's review."""

from importlib import import_module
from io import StringIO

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
)
from wagtail.permissions import policy_registry

from broadsheet.newsroom.roles import EDITORS, PHOTO_EDITORS, REPORTERS, REVIEW_WORKFLOW, permission
from tests.factories import make_article, make_home, make_photo, make_section

pytestmark = pytest.mark.django_db


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, password="a-long-password-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def newsroom():
    make_home()
    call_command("setup_newsroom", stdout=StringIO())
    return {"reporter": user_in(REPORTERS, "rita"), "editor": user_in(EDITORS, "ed")}


def owned_by(user, article):
    article.owner = user
    article.save(update_fields=["owner"])
    return article


def test_reporter_edits_own_drafts_but_never_publishes(newsroom):
    reporter = newsroom["reporter"]
    own = owned_by(reporter, make_article(make_section("News"), live=False))
    permissions = own.permissions_for_user(reporter)
    assert permissions.can_edit() and permissions.can_delete()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()


def test_reporter_cannot_touch_anyone_elses_story_or_a_published_one(newsroom):
    reporter = newsroom["reporter"]
    editors_draft = owned_by(newsroom["editor"], make_article(make_section("News"), live=False))
    own_published = owned_by(reporter, make_article(make_section("News")))
    others = editors_draft.permissions_for_user(reporter)
    assert not others.can_edit() and not others.can_delete() and not others.can_move()
    published = own_published.permissions_for_user(reporter)
    assert not published.can_delete() and not published.can_unpublish()


def test_reporters_and_photo_editors_choose_and_upload_photos(newsroom):
    photo = make_photo()
    photo_editor = user_in(PHOTO_EDITORS, "pat")
    policy = policy_registry.get_by_type(get_image_model())
    for user in (newsroom["reporter"], photo_editor, newsroom["editor"]):
        assert policy.user_has_permission(user, "add")
        assert photo in policy.instances_user_has_any_permission_for(user, ["choose"])
    assert policy.user_has_permission_for_instance(photo_editor, "delete", photo)
    assert not policy.user_has_permission_for_instance(newsroom["reporter"], "change", photo)


def test_setup_takes_back_grants_an_old_install_had(newsroom):
    home = make_home()
    reporters = Group.objects.get(name=REPORTERS)
    GroupPagePermission.objects.create(
        group=reporters, page=home, permission=permission("change_page", "wagtailcore")
    )
    GroupCollectionPermission.objects.create(
        group=reporters,
        collection=Collection.get_first_root_node(),
        permission=permission("add_photo", "photos"),
    )
    call_command("setup_newsroom", stdout=StringIO())
    assert not GroupPagePermission.objects.filter(
        group=reporters, permission__codename="change_page"
    ).exists()
    assert set(
        GroupCollectionPermission.objects.filter(group=reporters).values_list(
            "permission__content_type__app_label", "permission__codename"
        )
    ) == {("wagtailimages", "add_image"), ("wagtailimages", "choose_image")}


def test_editor_can_publish_and_unpublish(newsroom):
    article = make_article(make_section("News"))
    permissions = article.permissions_for_user(newsroom["editor"])
    assert permissions.can_publish() and permissions.can_unpublish()


def test_stories_go_through_the_desk_review_workflow(newsroom):
    article = make_article(make_section("News"), live=False)
    article.save_revision(user=newsroom["reporter"])
    workflow = article.get_workflow()
    assert workflow == Workflow.objects.get(name=REVIEW_WORKFLOW)
    state = workflow.start(article, newsroom["reporter"])
    task = state.current_task_state.task.specific
    assert list(task.groups.values_list("name", flat=True)) == [EDITORS]


def test_admin_offers_reporters_review_not_publish(client, newsroom):
    article = owned_by(newsroom["reporter"], make_article(make_section("News"), live=False))
    article.save_revision()
    client.force_login(newsroom["reporter"])
    reporter_form = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert 'name="action-submit"' in reporter_form
    assert 'name="action-publish"' not in reporter_form
    client.force_login(newsroom["editor"])
    assert (
        'name="action-publish"' in client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    )


def test_setup_is_idempotent(newsroom):
    call_command("setup_newsroom", stdout=StringIO())
    assert Group.objects.filter(name=REPORTERS).count() == 1
    assert Workflow.objects.filter(name=REVIEW_WORKFLOW).count() == 1


def test_the_upgrade_migration_gives_an_old_install_todays_grants(newsroom):
    reporters = Group.objects.get(name=REPORTERS)
    GroupCollectionPermission.objects.filter(group=reporters).delete()
    GroupPagePermission.objects.create(
        group=reporters, page=make_home(), permission=permission("change_page", "wagtailcore")
    )
    GroupCollectionPermission.objects.create(
        group=reporters,
        collection=Collection.get_first_root_node(),
        permission=permission("add_photo", "photos"),
    )
    upgrade = import_module("broadsheet.newsroom.migrations.0002_trash")
    upgrade.bring_roles_up_to_date(django_apps, schema_editor=None)
    assert not GroupPagePermission.objects.filter(
        group=reporters, permission__codename="change_page"
    ).exists()
    assert list(
        GroupCollectionPermission.objects.filter(group=reporters).values_list(
            "permission__content_type__app_label", "permission__codename"
        )
    ) == [("wagtailimages", "add_image")]
