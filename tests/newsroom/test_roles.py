"""Reporters write and submit; only editors publish; every story passes the desk's review."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Workflow

from broadsheet.newsroom.roles import EDITORS, REPORTERS, REVIEW_WORKFLOW
from tests.factories import make_article, make_home, make_section

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


def test_reporter_can_edit_but_not_publish(newsroom):
    article = make_article(make_section("News"), live=False)
    permissions = article.permissions_for_user(newsroom["reporter"])
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()


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
    article = make_article(make_section("News"), live=False)
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
