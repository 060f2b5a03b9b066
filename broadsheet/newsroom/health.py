"""How the background processes are doing: the task queue, heartbeats, late work, in plain words."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Case, Count, F, Min, When
from django.tasks import task_backends
from django.tasks.base import TaskResultStatus
from django.utils import timezone
from django.utils.timesince import timesince
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max
from wagtail.models import Revision

from .models import Heartbeat, RunState, ScheduledRun
from .scheduler import PROCESS as SCHEDULER
from .worker import BUSY
from .worker import PROCESS as WORKER

# A process is stalled when its heartbeat is this old (they beat every 10 to 15 s), or, while the
# worker runs one long task (an edition), this old.
SILENT_AFTER = timedelta(minutes=2)
BUSY_SILENT_AFTER = timedelta(minutes=30)
# Queued work is stalled when it has waited this long.
WAITING_TOO_LONG = timedelta(minutes=5)
# What stops when a queue stalls, in the newsroom's words.
QUEUE_WORK = {
    "newsletter": "Mail",
    "editions": "Editions",
    "webhooks": "Webhooks",
    "default": "Sign-up mail and search updates",
}
PROCESS_WORK = {
    WORKER: "mail, webhooks, editions and search updates are not being done",
    SCHEDULER: "scheduled stories do not go live or come down, and the digest and edition "
    "are not built",
}


@dataclass
class ProcessHealth:
    process: str
    beat_at: datetime | None
    status: str = ""
    host: str = ""
    pid: int | None = None

    @property
    def alive(self):
        limit = BUSY_SILENT_AFTER if self.status.startswith(BUSY) else SILENT_AFTER
        return self.beat_at is not None and timezone.now() - self.beat_at < limit


@dataclass
class QueueHealth:
    name: str
    waiting: int
    oldest: datetime | None


@dataclass
class Health:
    processes: list[ProcessHealth]
    queues: list[QueueHealth]
    running: int
    failed_today: int
    measured: bool = True
    problems: list[str] = field(default_factory=list)

    @property
    def waiting(self):
        return sum(queue.waiting for queue in self.queues)

    @property
    def oldest(self):
        times = [queue.oldest for queue in self.queues if queue.oldest]
        return min(times) if times else None

    @property
    def ok(self):
        return not self.problems


def uses_task_database():
    return any(isinstance(backend, DatabaseBackend) for backend in task_backends.all())


def queue_health():
    """Tasks due to run and not yet started, per queue, with the oldest one's due time."""
    # A deferred task has waited only since it became due.
    waiting_since = Case(
        When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after")
    )
    rows = (
        DBTaskResult.objects.ready()
        .values("queue_name")
        .annotate(waiting=Count("id"), oldest=Min(waiting_since))
        .order_by("queue_name")
    )
    return [QueueHealth(row["queue_name"], row["waiting"], row["oldest"]) for row in rows]


def check_health(now=None):
    """Read the queue and the heartbeats and say, in plain words, what is stalled."""
    now = now or timezone.now()
    beats = {beat.process: beat for beat in Heartbeat.objects.all()}
    processes = [
        ProcessHealth(name, beat.beat_at, beat.status, beat.host, beat.pid)
        if (beat := beats.pop(name, None))
        else ProcessHealth(name, None)
        for name in (WORKER, SCHEDULER)
    ]
    processes += [
        ProcessHealth(b.process, b.beat_at, b.status, b.host, b.pid) for b in beats.values()
    ]
    measured = uses_task_database()
    queues = queue_health() if measured else []
    health = Health(
        processes=processes,
        queues=queues,
        running=DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).count(),
        failed_today=DBTaskResult.objects.filter(
            status=TaskResultStatus.FAILED, finished_at__gte=now - timedelta(days=1)
        ).count(),
        measured=measured,
    )
    for process in processes[:2]:
        if process.process == WORKER and not measured:
            continue  # Tasks run in the web process; there is no worker to wait for.
        if process.beat_at is None:
            health.problems.append(
                f"The {process.process} has never run: {PROCESS_WORK[process.process]}."
            )
        elif not process.alive:
            health.problems.append(
                f"The {process.process} was last seen {timesince(process.beat_at, now)} ago: "
                f"{PROCESS_WORK[process.process]}."
            )
    for queue in queues:
        if queue.oldest and now - queue.oldest > WAITING_TOO_LONG:
            work = QUEUE_WORK.get(queue.name, f"The {queue.name} queue")
            health.problems.append(
                f"{work} stalled: {queue.waiting} waiting, the oldest for "
                f"{timesince(queue.oldest, now)}."
            )
    late = Revision.objects.filter(approved_go_live_at__lt=now - timedelta(minutes=1)).count()
    if late:
        health.problems.append(
            f"Scheduled publishing is late: {late} scheduled "
            f"{'story is' if late == 1 else 'stories are'} past their time and not live."
        )
    for run in ScheduledRun.objects.filter(
        state=RunState.FAILED, day__gte=timezone.localdate(now) - timedelta(days=1)
    ):
        error = run.last_error.strip().splitlines()[-1:] or [""]
        health.problems.append(
            f"The daily job {run.job} for {run.day:%d %b} failed {run.attempts} "
            f"{'time' if run.attempts == 1 else 'times'} and will be retried: {error[0]}"
        )
    return health
