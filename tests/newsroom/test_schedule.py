"""Daily jobs: done only after success, retried with backoff, leased, and caught up after downtime."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone

from broadsheet.newsroom import schedule
from broadsheet.newsroom.models import RunState, ScheduledRun
from broadsheet.newsroom.schedule import DailyJob, claim, run_due_jobs

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
DAY = timezone.localdate() + timedelta(days=3)


def at(day, hour, minute=0, second=0):
    return datetime.combine(day, time(hour, minute, second), tzinfo=LONDON)


class Job:
    """A daily job that records the days it ran for and fails as often as it is told."""

    def __init__(
        self, name="print-run", due=time(7, 0), failures=0, late_limit=timedelta(hours=24)
    ):
        self.days = []
        self.failures = failures
        self.during = None
        self.job = DailyJob(name, lambda: due, self.run, late_limit)

    def run(self, day):
        if self.during:
            self.during()
        if self.failures:
            self.failures -= 1
            raise RuntimeError("the press jammed")
        self.days.append(day)


@pytest.fixture
def jobs(monkeypatch):
    """Replace the paper's jobs with the test's own."""
    registered = {}
    monkeypatch.setattr(schedule, "registry", registered)

    def add(*args, **kwargs):
        job = Job(*args, **kwargs)
        registered[job.job.name] = job.job
        return job

    return add


def run(day):
    return ScheduledRun.objects.get(day=day)


def test_a_failing_job_is_logged_and_retried_with_backoff_until_it_succeeds(jobs, caplog):
    job = jobs(failures=2)
    with time_machine.travel(at(DAY, 7, 0), tick=False):
        assert run_due_jobs() == []
    assert "Daily job print-run" in caplog.text and "the press jammed" in caplog.text
    failed = run(DAY)
    assert failed.state == RunState.FAILED and failed.attempts == 1
    assert failed.retry_at == at(DAY, 7, 0, 30)  # 30 s after the first failure
    assert "RuntimeError: the press jammed" in failed.last_error

    with time_machine.travel(at(DAY, 7, 0, 29), tick=False):
        assert run_due_jobs() == []  # not before its retry time
    assert run(DAY).attempts == 1
    with time_machine.travel(at(DAY, 7, 0, 30), tick=False):
        assert run_due_jobs() == []  # fails again
    assert run(DAY).retry_at == at(DAY, 7, 1, 30)  # then 60 s
    with time_machine.travel(at(DAY, 7, 1, 30), tick=False):
        assert run_due_jobs() == ["print-run"]
    done = run(DAY)
    assert (done.state, done.attempts, done.last_error) == (RunState.SUCCEEDED, 3, "")
    assert job.days == [DAY]
    with time_machine.travel(at(DAY, 23, 0), tick=False):
        assert run_due_jobs() == []  # once a day


def test_one_failing_job_does_not_stop_the_others(jobs):
    jobs("edition", failures=1)
    digest = jobs("digest")
    with time_machine.travel(at(DAY, 7, 0), tick=False):
        assert run_due_jobs() == ["digest"]
    assert digest.days == [DAY]


def test_the_day_is_claimed_only_after_success_and_never_run_twice_at_once(jobs):
    job = jobs()
    seen = {}

    def meanwhile():
        seen["state"] = run(DAY).state
        seen["other scheduler ran"] = run_due_jobs(owner="other-host:42")

    job.during = meanwhile
    with time_machine.travel(at(DAY, 7, 0), tick=False):
        assert run_due_jobs(owner="this-host:1") == ["print-run"]
    assert seen == {"state": RunState.RUNNING, "other scheduler ran": []}
    assert job.days == [DAY]
    assert run(DAY).state == RunState.SUCCEEDED


def test_a_crashed_schedulers_lease_runs_out_and_another_takes_the_job_over(jobs):
    job = jobs()
    with time_machine.travel(at(DAY, 7, 0), tick=False):
        # A scheduler leased the run, then died before finishing it.
        assert claim(job.job, DAY, timezone.now(), "dead-host:7") is not None
    with time_machine.travel(at(DAY, 7, 9, 59), tick=False):
        assert run_due_jobs(owner="live-host:8") == []  # still leased
    with time_machine.travel(at(DAY, 7, 10), tick=False):
        assert run_due_jobs(owner="live-host:8") == ["print-run"]
    taken = run(DAY)
    assert (taken.state, taken.attempts, taken.leased_by) == (RunState.SUCCEEDED, 2, "live-host:8")


def test_a_job_missed_while_the_scheduler_was_down_runs_when_it_comes_back(jobs):
    job = jobs(due=time(7, 0))
    with time_machine.travel(at(DAY, 7, 5), tick=False):
        assert run_due_jobs() == ["print-run"]
    # Down from 8:00 on DAY until 5:00 two days later: the next day's 7:00 was missed.
    with time_machine.travel(at(DAY + timedelta(days=2), 5, 0), tick=False):
        assert run_due_jobs() == ["print-run"]
    assert job.days == [DAY, DAY + timedelta(days=1)]
    # Today's run still comes at its time.
    with time_machine.travel(at(DAY + timedelta(days=2), 7, 0), tick=False):
        assert run_due_jobs() == ["print-run"]
    assert job.days[-1] == DAY + timedelta(days=2)


def test_a_missed_job_is_not_run_past_its_late_limit(jobs):
    briefing = jobs("briefing", due=time(6, 0), late_limit=timedelta(hours=6))
    with time_machine.travel(at(DAY, 6, 0), tick=False):
        assert run_due_jobs() == ["briefing"]
    # Back at 12:30 the next day: a morning briefing is not sent at lunchtime.
    with time_machine.travel(at(DAY + timedelta(days=1), 12, 30), tick=False):
        assert run_due_jobs() == []
    assert briefing.days == [DAY]


def test_a_new_job_does_not_run_for_yesterday(jobs):
    job = jobs(due=time(7, 0))
    with time_machine.travel(at(DAY, 6, 0), tick=False):
        assert run_due_jobs() == []
    assert job.days == []
