"""The task worker: django-tasks-db's worker that outlives a database outage and beats.

The library's worker stops for good on the first database error other than a locked SQLite
file. This one logs the error, waits with backoff and carries on; a task that the outage cut
short (left running, its result unrecorded) goes back in the queue once the database answers.
"""

import logging
import time

from django.db import DatabaseError, close_old_connections
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from .backoff import Backoff
from .heartbeat import Pulse

logger = logging.getLogger(__name__)

PROCESS = "worker"
BUSY = "running "  # how a heartbeat's status starts while a task runs


class ResilientWorker(Worker):
    def __init__(self, *, process=PROCESS, **kwargs):
        super().__init__(**kwargs)
        self.pulse = Pulse(process)
        self.backoff = Backoff()
        self.cut_short = None

    def next_task(self):
        """Claim the next ready task, as the library's worker does; None when there is none."""
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        try:
            with exclusive_transaction(tasks.db):
                task_result = tasks.get_locked()
                if task_result is not None:
                    task_result.claim(self.worker_id)
                return task_result
        except DatabaseError as error:
            if is_locked_database_exception(error):
                return None  # SQLite is busy; it unlocks soon.
            raise

    def requeue_cut_short(self):
        """Put back the task an outage interrupted, if it is still marked as running."""
        if self.cut_short is None:
            return
        requeued = DBTaskResult.objects.filter(
            pk=self.cut_short, status=TaskResultStatus.RUNNING
        ).update(status=TaskResultStatus.READY)
        if requeued:
            logger.warning("Task %s was cut short by an outage; queued again", self.cut_short)
        self.cut_short = None

    def step(self):
        """Beat, then run one task; return whether there was one."""
        close_old_connections()
        self.requeue_cut_short()
        self.pulse.beat(f"waiting on {','.join(self.queue_names)}", force=self.backoff.failures > 0)
        task_result = self.next_task()
        if task_result is None:
            return False
        self.cut_short = task_result.pk
        self.pulse.beat(f"{BUSY}{task_result.task_path}", force=True)
        self.run_task(task_result)  # records its own success or failure
        self.cut_short = None
        return True

    def run(self):
        logger.info("Starting worker %s on queues %s", self.worker_id, ",".join(self.queue_names))
        while self.running:
            try:
                ran = self.step()
            except DatabaseError as error:
                time.sleep(self.backoff.failed("Task worker", error))
                continue
            self.backoff.reset()
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                return
            if self.batch and not ran:
                return
            if self.running and not ran:
                time.sleep(self.interval)
