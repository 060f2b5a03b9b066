import logging
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from broadsheet.demo.loader import (
    CREDENTIALS_FILE,
    holds_a_paper,
    is_loaded,
    load_demo,
)

NOT_THE_DEMO = (
    "This database already holds a paper that is not the demo: load_demo would add 300 invented "
    "stories to it. Nothing was changed. Run it with --force to add them anyway "
    "(existing accounts are never changed)."
)


class Command(BaseCommand):
    help = (
        "Build the demo newspaper (once): sections, people, 300 articles with photos, logins. "
        "Refuses a database holding another paper unless --force; never changes existing accounts."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--stories", type=int, default=300)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Add the demo even to a database that holds another paper.",
        )

    def handle(self, *args, seed, stories, force, **options):
        credentials = settings.DATA_DIR / CREDENTIALS_FILE
        if is_loaded():
            self.stdout.write("The demo newspaper is already loaded: nothing to do.")
            if not credentials.exists():
                self.stdout.write(
                    f"Its logins file {credentials} is gone; accounts are left as they are "
                    "(set a password with `manage.py changepassword USER`)."
                )
                return
            lines = credentials.read_text().splitlines()
        elif holds_a_paper() and not force:
            raise CommandError(NOT_THE_DEMO)
        else:
            started = time.monotonic()
            # Wagtail logs every page it creates; three hundred lines say nothing here.
            logging.getLogger("wagtail").setLevel(logging.WARNING)
            _, lines = load_demo(seed=seed, story_count=stories, progress=self.progress)
            self.stdout.write(f"\nLoaded {stories} stories in {time.monotonic() - started:.1f} s.")
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
