"""Daily jobs (the digest, the e-paper edition) run once per day at a time the paper sets.

An app registers a job with `@daily_job("name", due_time)`; `due_time()` returns the local time
of day the job is due (or None to skip it). `run_due_jobs()` runs each due job at most once per
date, across any number of schedulers, by first claiming a `ScheduledRun` row for that date.

Work that must happen within a minute of its time (scheduled publishing, agency folders and feeds)
registers with `@every_pass("name")` instead: `run_recurring_jobs()` runs it on every pass of the
scheduler, and one job's failure is logged without stopping the others.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time

from django.db import IntegrityError, transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DailyJob:
    name: str
    due_time: Callable[[], time | None]
    run: Callable[[date], object]


registry: dict[str, DailyJob] = {}
recurring: dict[str, Callable[[], object]] = {}


def daily_job(name, due_time):
    """Register the decorated function `run(day)` as the daily job `name`."""

    def register(run):
        registry[name] = DailyJob(name=name, due_time=due_time, run=run)
        return run

    return register


def run_due_jobs(now=None):
    """Run every job whose time has come today and that has not run today; return their names."""
    from .models import ScheduledRun

    local_now = timezone.localtime(now or timezone.now())
    ran = []
    for job in registry.values():
        due = job.due_time()
        if due is None or local_now.time() < due:
            continue
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(job=job.name, day=local_now.date())
        except IntegrityError:
            continue  # Another scheduler, or an earlier pass, has it.
        logger.info("Running daily job %s for %s", job.name, local_now.date())
        job.run(local_now.date())
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
