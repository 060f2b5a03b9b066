"""The health command and the editors' dashboard panel: queue depth, heartbeats, plain warnings."""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from broadsheet.newsletter.tasks import send_signup_mail
from broadsheet.newsroom.heartbeat import Pulse
from broadsheet.newsroom.models import RunState, ScheduledRun
from broadsheet.newsroom.roles import EDITORS, REPORTERS, set_up_roles
from broadsheet.search.tasks import refresh_entries_under
from tests.factories import make_article, make_home

pytestmark = pytest.mark.django_db

TASK_DATABASE = override_settings(
    TASKS={
        "default": {
            "BACKEND": "django_tasks_db.DatabaseBackend",
            "QUEUES": ["default", "newsletter", "editions", "webhooks"],
        }
    }
)


def health():
    """Run `manage.py health`; return its exit code, output and errors."""
    out, err = StringIO(), StringIO()
    try:
        call_command("health", stdout=out, stderr=err)
        code = 0
    except SystemExit as exit:
        code = exit.code
    return code, out.getvalue(), err.getvalue()


def beat(process, status="running"):
    Pulse(process).beat(status)


@TASK_DATABASE
def test_all_well_when_both_processes_beat_and_nothing_waits():
    beat("worker", "queues *")
    beat("scheduler")
    code, out, err = health()
    assert code == 0, err
    assert "worker: last heartbeat 0\xa0minutes ago" in out
    assert "queue: 0 waiting; 0 running; 0 failed in the last day" in out
    assert "All well." in out


@TASK_DATABASE
def test_says_plainly_when_the_worker_is_gone_and_mail_is_stalled():
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        beat("worker")
        beat("scheduler")
        send_signup_mail.enqueue(1, "confirm")
        send_signup_mail.enqueue(2, "confirm")
        refresh_entries_under.enqueue("0001")
    with time_machine.travel(start + timedelta(minutes=9), tick=False):
        beat("scheduler")
        code, out, err = health()
    assert code == 1
    assert "queue: 3 waiting (default 1, newsletter 2); oldest waiting 9\xa0minutes" in out
    assert (
        "The worker was last seen 9\xa0minutes ago: mail, webhooks, editions and search updates "
        "are not being done."
    ) in err
    assert "Mail stalled: 2 waiting, the oldest for 9\xa0minutes." in err
    assert "scheduler was last seen" not in err


@TASK_DATABASE
def test_a_scheduler_that_never_ran_and_late_stories_are_reported():
    beat("worker")
    article = make_article(title="Ferry timetable changes", live=False, photo=False)
    article.go_live_at = timezone.now() + timedelta(minutes=1)
    article.save_revision().publish()
    with time_machine.travel(timezone.now() + timedelta(minutes=5), tick=False):
        beat("worker")
        code, _out, err = health()
    assert code == 1
    assert "The scheduler has never run: scheduled stories do not go live" in err
    assert "Scheduled publishing is late: 1 scheduled story is past their time" in err


@TASK_DATABASE
def test_a_failing_daily_job_is_reported_with_its_error():
    beat("worker")
    beat("scheduler")
    ScheduledRun.objects.create(
        job="edition-build",
        day=timezone.localdate(),
        state=RunState.FAILED,
        attempts=3,
        last_error="Traceback ...\nOSError: No space left on device",
    )
    code, _out, err = health()
    assert code == 1
    assert "edition-build" in err and "failed 3 times and will be retried" in err
    assert "OSError: No space left on device" in err


def test_without_a_task_database_there_is_no_worker_to_miss():
    beat("scheduler")
    code, out, _err = health()
    assert code == 0
    assert "tasks run in the web process" in out


@TASK_DATABASE
def test_editors_see_the_panel_on_their_dashboard_and_reporters_do_not(client, django_user_model):
    beat("scheduler")
    set_up_roles(make_home())
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    reporter = django_user_model.objects.create_user("reporter", password="x")
    reporter.groups.add(Group.objects.get(name=REPORTERS))
    client.force_login(editor)
    page = client.get("/admin/").content.decode()
    assert "Background processes" in page
    assert "The worker has never run: mail, webhooks, editions and search updates" in page
    client.force_login(reporter)
    assert "Background processes" not in client.get("/admin/").content.decode()


@TASK_DATABASE
def test_a_worker_busy_with_a_long_edition_is_not_reported_as_gone():
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        beat("worker", "running broadsheet.editions.tasks.build_edition_task")
    with time_machine.travel(start + timedelta(minutes=10), tick=False):
        beat("scheduler")
        code, out, err = health()
    assert code == 0, err
    assert "running broadsheet.editions.tasks.build_edition_task" in out
    with time_machine.travel(start + timedelta(minutes=31), tick=False):
        beat("scheduler")
        code, _out, err = health()
    assert code == 1 and "The worker was last seen 31\xa0minutes ago" in err
