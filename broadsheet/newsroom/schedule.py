"""Daily jobs (the digest, the e-paper edition) run once per day at a time the paper sets.

An app registers a job with `@daily_job("name", due_time)`; `due_time()` returns the local time
of day the job is due (or None to skip it). `run_due_jobs()` runs each due job once per date,
across any number of schedulers: a run is leased in its `ScheduledRun` row while it runs, marked
succeeded only after it returned, and retried with backoff after a failure. A lease runs out, so a
scheduler that died mid-run does not keep the day. A job missed while no scheduler ran still runs
when one comes back, up to the job's `late_limit` after it was due.

Work that must happen within a minute of its time (scheduled publishing, agency folders and feeds)
registers with `@every_pass("name")` instead: `run_recurring_jobs()` runs it on every pass of the
scheduler, and one job's failure is logged without stopping the others.
"""

import logging
import os
import socket
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(minutes=30)


@dataclass(frozen=True)
class DailyJob:
    name: str
    due_time: Callable[[], time | None]
    run: Callable[[date], object]
    late_limit: timedelta = timedelta(hours=24)


registry: dict[str, DailyJob] = {}
recurring: dict[str, Callable[[], object]] = {}


def daily_job(name, due_time, late_limit=timedelta(hours=24)):
    """Register the decorated function `run(day)` as the daily job `name`."""

    def register(run):
        registry[name] = DailyJob(name=name, due_time=due_time, run=run, late_limit=late_limit)
        return run

    return register


def this_scheduler():
    """Name the process that holds a lease."""
    return f"{socket.gethostname()}:{os.getpid()}"


def retry_delay(attempts):
    """Wait 30 s after the first failure, doubling each time, at most 30 minutes."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_RETRY)


def due_day(job, due, local_now):
    """Return the day of the job's most recent due moment still worth running, or None."""
    from .models import ScheduledRun

    day = local_now.date() if local_now.time() >= due else local_now.date() - timedelta(days=1)
    due_at = timezone.make_aware(datetime.combine(day, due), local_now.tzinfo)
    if local_now - due_at > job.late_limit:
        return None
    if (
        day < local_now.date()
        and not ScheduledRun.objects.filter(job=job.name, day__lt=day).exists()
    ):
        return None  # A job never run before has nothing to catch up on.
    return day


def claim(job, day, now, owner):
    """Lease the run of `job` for `day`, or return None when it is done or held by another."""
    from .models import RunState, ScheduledRun

    lease = {"state": RunState.RUNNING, "leased_by": owner, "lease_until": now + LEASE}
    try:
        with transaction.atomic():
            run, created = ScheduledRun.objects.get_or_create(
                job=job.name, day=day, defaults={**lease, "attempts": 1}
            )
    except IntegrityError:
        return None  # Another scheduler created it a moment ago.
    if created:
        return run
    takeable = Q(state=RunState.FAILED, retry_at__lte=now) | Q(
        state=RunState.RUNNING, lease_until__lte=now
    )
    run.attempts += 1
    taken = ScheduledRun.objects.filter(takeable, pk=run.pk, attempts=run.attempts - 1).update(
        **lease, attempts=run.attempts
    )
    return run if taken else None


def finish(run, owner, now, error=None):
    """Record the run's outcome, unless another scheduler has taken the lease over since."""
    from .models import RunState, ScheduledRun

    if error is None:
        changes = {"state": RunState.SUCCEEDED, "finished_at": now, "last_error": ""}
    else:
        changes = {
            "state": RunState.FAILED,
            "retry_at": now + retry_delay(run.attempts),
            "last_error": "".join(traceback.format_exception(error))[-4000:],
        }
    ScheduledRun.objects.filter(pk=run.pk, leased_by=owner, attempts=run.attempts).update(
        **changes, lease_until=None
    )


def run_due_jobs(now=None, owner=None):
    """Run every job whose time has come and that has not yet succeeded for its day.

    Return the names of the jobs that ran and succeeded; a failing job is logged and left to be
    retried, and the other jobs still run.
    """
    local_now = timezone.localtime(now or timezone.now())
    owner = owner or this_scheduler()
    ran = []
    for job in registry.values():
        try:
            due = job.due_time()
        except Exception:
            logger.exception("Could not tell when daily job %s is due", job.name)
            continue
        day = None if due is None else due_day(job, due, local_now)
        run = None if day is None else claim(job, day, local_now, owner)
        if run is None:
            continue
        logger.info("Running daily job %s for %s (attempt %d)", job.name, day, run.attempts)
        try:
            job.run(day)
        except Exception as error:
            logger.exception("Daily job %s for %s failed (attempt %d)", job.name, day, run.attempts)
            finish(run, owner, timezone.now(), error)
            continue
        finish(run, owner, timezone.now())
        ran.append(job.name)
    return ran


def every_pass(name):
    """Register the decorated function `run()` to be called on every pass of the scheduler."""

    def register(run):
        recurring[name] = run
        return run

    return register


def run_recurring_jobs():
    """Run every recurring job once; return {name: what it returned} for those that did work."""
    results = {}
    for name, run in recurring.items():
        try:
            result = run()
        except Exception:
            logger.exception("Recurring job %s failed", name)
            continue
        if result:
            results[name] = result
    return results
