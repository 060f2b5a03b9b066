import time

from django.core.management.base import BaseCommand

from broadsheet.newsroom.schedule import recurring, registry, run_due_jobs, run_recurring_jobs


class Command(BaseCommand):
    help = (
        "Run the paper's daily jobs (digest, edition) when due, and its recurring work (scheduled "
        "publishing, agency folders and feeds) on every pass; loops unless --once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Check once and exit.")
        parser.add_argument("--interval", type=int, default=30, help="Seconds between checks.")

    def handle(self, *args, once, interval, **options):
        self.stdout.write(f"Daily jobs: {', '.join(sorted(registry)) or 'none registered'}.")
        self.stdout.write(f"On every pass: {', '.join(sorted(recurring)) or 'nothing'}.")
        while True:
            for name in run_due_jobs():
                self.stdout.write(f"Ran {name}.")
            for name, result in run_recurring_jobs().items():
                self.stdout.write(f"{name}: {result}")
            if once:
                return
            time.sleep(interval)
