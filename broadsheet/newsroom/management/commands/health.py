from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.timesince import timesince

from broadsheet.newsroom.health import check_health


class Command(BaseCommand):
    help = (
        "Show the task queue and the heartbeats of the worker and the scheduler; exit 1 and say "
        "what is stalled when something is."
    )

    def handle(self, *args, **options):
        health = check_health()
        now = timezone.now()
        for process in health.processes:
            if process.beat_at is None:
                self.stdout.write(f"{process.process}: never seen")
            else:
                self.stdout.write(
                    f"{process.process}: last heartbeat {timesince(process.beat_at, now)} ago "
                    f"({process.host}, pid {process.pid}; {process.status})"
                )
        if not health.measured:
            self.stdout.write("queue: tasks run in the web process (no task database)")
        else:
            per_queue = ", ".join(f"{q.name} {q.waiting}" for q in health.queues)
            oldest = f"; oldest waiting {timesince(health.oldest, now)}" if health.oldest else ""
            self.stdout.write(
                f"queue: {health.waiting} waiting{f' ({per_queue})' if per_queue else ''}{oldest}; "
                f"{health.running} running; {health.failed_today} failed in the last day"
            )
        if health.ok:
            self.stdout.write(self.style.SUCCESS("All well."))
            return
        for problem in health.problems:
            self.stderr.write(self.style.ERROR(problem))
        raise SystemExit(1)
