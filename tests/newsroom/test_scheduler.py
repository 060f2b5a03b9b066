"""The scheduler process: a failed pass is logged and tried again after a growing wait."""

import pytest
from django.db import OperationalError

from broadsheet.newsroom import scheduler
from broadsheet.newsroom.backoff import Backoff
from broadsheet.newsroom.models import Heartbeat

# A failed pass drops the broken connection, which only works outside a test's transaction.
pytestmark = pytest.mark.django_db(transaction=True)


def test_backoff_doubles_to_its_limit_and_starts_over_after_a_success():
    backoff = Backoff(first=1, longest=60)
    waits = [backoff.failed("Pass", OSError("down")) for _ in range(8)]
    assert waits == [1, 2, 4, 8, 16, 32, 60, 60]
    backoff.reset()
    assert backoff.delay() == 0
    assert backoff.failed("Pass", OSError("down")) == 1


def test_a_failed_pass_does_not_stop_the_scheduler(monkeypatch, caplog):
    outage = {"passes": 6}

    def database_away():
        if outage["passes"]:
            outage["passes"] -= 1
            raise OperationalError("connection refused")
        return []

    monkeypatch.setattr(scheduler, "run_due_jobs", database_away)
    process = scheduler.Scheduler(report=lambda line: None)
    results = [process.tick() for _ in range(6)]
    assert results == [False] * 6
    assert "Scheduler pass failed; retrying" in caplog.text
    assert process.next_wait(15) == 32  # longer than the usual 15 s once failures pile up
    assert process.tick() is True
    assert process.next_wait(15) == 15
    assert Heartbeat.objects.get(process="scheduler").status == "recurring work and daily jobs"
