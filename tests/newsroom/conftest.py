"""A newsroom to test in: the home page, roles, the review workflow, a reporter and an editor."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings

from broadsheet.newsroom.roles import EDITORS, REPORTERS
from tests.factories import make_home

from .browser import PASSWORD


def user_in(group_name, username, first_name="", last_name=""):
    user = get_user_model().objects.create_user(
        username,
        email=f"{username}@example.org",
        password=PASSWORD,
        first_name=first_name,
        last_name=last_name,
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def newsroom(db):
    make_home()
    call_command("setup_newsroom", stdout=StringIO())
    return {
        "reporter": user_in(REPORTERS, "rita", "Rita", "Reporter"),
        "other_reporter": user_in(REPORTERS, "omar", "Omar", "Okafor"),
        "editor": user_in(EDITORS, "ed", "Edna", "Editor"),
    }


def draft_by(user, section, title, **fields):
    """A story `user` started and saved, never published."""
    from tests.factories import make_article

    article = make_article(section, title, live=False, **fields)
    article.owner = user
    article.save()
    article.save_revision(user=user)
    return article


def submit(article, user):
    """Submit the story to the desk's review, as the Submit button does."""
    article.save_revision(user=user)
    return article.get_workflow().start(article, user)


def request_changes(article, editor, comment):
    """Send the story back to its reporter with a note, as an editor does in review."""
    state = article.current_workflow_task_state
    state.task.specific.on_action(state, editor, "reject", comment=comment)


@pytest.fixture
def no_gravatar():
    """The admin asks no third party for avatars; everyone gets Wagtail's default picture."""
    with override_settings(WAGTAIL_GRAVATAR_PROVIDER_URL=None):
        yield
