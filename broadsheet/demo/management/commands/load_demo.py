import logging
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from broadsheet.demo.loader import CREDENTIALS_FILE, create_demo_users, is_loaded, load_demo


class Command(BaseCommand):
    help = "Build the demo newspaper (once): sections, people, 300 articles with photos, logins."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--stories", type=int, default=300)

    def handle(self, *args, seed, stories, **options):
        credentials = settings.DATA_DIR / CREDENTIALS_FILE
        if is_loaded():
            self.stdout.write("The demo newspaper is already loaded.")
            lines = (
                credentials.read_text().splitlines()
                if credentials.exists()
                else create_demo_users()
            )
        else:
            started = time.monotonic()
            # Wagtail logs every page it creates; three hundred lines say nothing here.
            logging.getLogger("wagtail").setLevel(logging.WARNING)
            load_demo(seed=seed, story_count=stories, progress=self.progress)
            self.stdout.write(f"\nLoaded {stories} stories in {time.monotonic() - started:.1f} s.")
            lines = create_demo_users()
        base_url = settings.BROADSHEET_BASE_URL
        self.stdout.write(
            self.style.SUCCESS(
                f"\nAdmin at {base_url}/admin/ — demo logins (user, password, role):"
            )
        )
        self.stdout.write("\n".join(lines))

    def progress(self, done, total):
        if not sys.stdout.isatty() and done not in {total} and done % 50:
            return
        width = 30
        filled = width * done // total
        self.stdout.write(
            f"\rBuilding the demo paper [{'#' * filled}{'.' * (width - filled)}] {done}/{total}",
            ending="",
        )
        self.stdout.flush()
