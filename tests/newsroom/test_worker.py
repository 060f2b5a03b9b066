"""The task worker keeps going through an SMTP outage: sign-up mail waits and goes when it is back."""

from datetime import timedelta

import pytest
import time_machine
from django.tasks.base import TaskResultStatus
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from broadsheet.newsletter.models import Subscriber
from broadsheet.newsletter.tasks import send_signup_mail
from broadsheet.newsroom.models import Heartbeat
from broadsheet.newsroom.worker import ResilientWorker
from tests.conftest import SMTPTestServer, mailers_for

pytestmark = pytest.mark.django_db(transaction=True)

TASK_DATABASE = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "newsletter", "editions", "webhooks"],
    }
}


def work_through_the_queue():
    """One worker pass over every task that is due, as `run_worker --batch` does."""
    ResilientWorker(
        queue_names=["*"], excluded_queue_names=[], interval=0, batch=True,
        backend_name="default", startup_delay=False, max_tasks=None, worker_id="test-worker",
    ).run()  # fmt: skip


@pytest.fixture
def mail_server():
    """A real SMTP server that the test can take down and bring back on the same port."""
    server = SMTPTestServer()
    yield server
    server._controller.stop(no_assert=True)  # it may be down already, as the test left it


def test_sign_up_mail_waits_out_an_smtp_outage(mail_server):
    from aiosmtpd.controller import Controller

    start = timezone.now()
    subscriber = Subscriber.objects.create(email="reader@example.org", token="t" * 32)
    with override_settings(TASKS=TASK_DATABASE, MAILERS=mailers_for(mail_server)):
        handler = mail_server._controller.handler
        mail_server.stop()  # the outage
        with time_machine.travel(start, tick=False):
            send_signup_mail.enqueue(subscriber.pk, "confirm")
            work_through_the_queue()
        first = DBTaskResult.objects.get(run_after=get_date_max())
        retry = DBTaskResult.objects.exclude(pk=first.pk).get()
        assert first.status == TaskResultStatus.SUCCESSFUL  # handled: it queued its retry
        assert retry.status == TaskResultStatus.READY and retry.run_after == start + timedelta(
            minutes=1
        )
        assert Heartbeat.objects.get(process="worker").beat_at == start

        # The server is back; the retry goes at its time.
        mail_server._controller = Controller(
            handler, hostname=mail_server.host, port=mail_server.port, ready_timeout=10
        )
        mail_server._controller.start()
        with time_machine.travel(start + timedelta(seconds=59), tick=False):
            work_through_the_queue()
        assert not mail_server.messages
        with time_machine.travel(start + timedelta(minutes=1, seconds=1), tick=False):
            work_through_the_queue()
        (received,) = mail_server.messages.wait_for(1)
        assert received.recipients == ["reader@example.org"]
        retry.refresh_from_db()
        assert retry.status == TaskResultStatus.SUCCESSFUL


def test_a_refused_address_is_not_retried(mail_server):
    subscriber = Subscriber.objects.create(email="gone@example.org", token="u" * 32)
    mail_server.reject("gone@example.org", code=550)
    with override_settings(TASKS=TASK_DATABASE, MAILERS=mailers_for(mail_server)):
        send_signup_mail.enqueue(subscriber.pk, "confirm")
        work_through_the_queue()
    (task,) = DBTaskResult.objects.all()
    assert task.status == TaskResultStatus.FAILED
