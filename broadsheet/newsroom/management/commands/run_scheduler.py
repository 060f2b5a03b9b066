import time

from django.core.management.base import BaseCommand

from broadsheet.newsroom.schedule import registry, run_due_jobs


class Command(BaseCommand):
    help = "Run the paper's daily jobs (digest, edition) when due; loops unless --once."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Check once and exit.")
        parser.add_argument("--interval", type=int, default=30, help="Seconds between checks.")

    def handle(self, *args, once, interval, **options):
        self.stdout.write(f"Daily jobs: {', '.join(sorted(registry)) or 'none registered'}.")
        while True:
            for name in run_due_jobs():
                self.stdout.write(f"Ran {name}.")
            if once:
                return
            time.sleep(interval)
