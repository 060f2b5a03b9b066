import time

from django.core.management.base import BaseCommand

from broadsheet.newsroom.schedule import recurring, registry
from broadsheet.newsroom.scheduler import Scheduler


class Command(BaseCommand):
    help = (
        "Run the paper's daily jobs (digest, edition) when due, and its recurring work (scheduled "
        "publishing and expiry, agency folders and feeds) on every pass; loops unless --once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Check once and exit.")
        parser.add_argument(
            "--interval", type=float, default=15, help="Seconds between checks (default 15)."
        )

    def handle(self, *args, once, interval, **options):
        self.stdout.write(f"Daily jobs: {', '.join(sorted(registry)) or 'none registered'}.")
        self.stdout.write(f"On every pass: {', '.join(sorted(recurring)) or 'nothing'}.")
        scheduler = Scheduler(report=self.stdout.write)
        while True:
            scheduler.tick()
            if once:
                return
            time.sleep(scheduler.next_wait(interval))
