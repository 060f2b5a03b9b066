"""Check a backup archive, or restore it into an empty installation."""

import tempfile
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from broadsheet.backups.archive import read_archive
from broadsheet.backups.errors import BackupError
from broadsheet.backups.manifest import unknown_migrations
from broadsheet.backups.restore import pending_migrations, restore_archive
from broadsheet.paper.caching import site_changed
from broadsheet.paper.sqlite.base import CREATE, IN_MEMORY, missing_database


class Command(BaseCommand):
    help = (
        "Restore a backup archive into an empty installation; with --verify, only check it "
        "(checksums, manifest, database copy readable) and touch nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by `manage.py backup`.")
        parser.add_argument(
            "--verify", action="store_true", help="Check the archive only; change nothing."
        )

    def execute(self, *args, **options):
        """Restoring into a fresh SQLite installation creates its database; --verify creates none."""
        with missing_database(IN_MEMORY if options.get("verify") else CREATE):
            return super().execute(*args, **options)

    def handle(self, *args, archive, verify=False, **options):
        started = time.monotonic()
        try:
            if verify:
                self.verify(archive)
            else:
                self.restore(archive)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Took {time.monotonic() - started:.1f} s.")

    def verify(self, archive):
        with tempfile.TemporaryDirectory(prefix="broadsheet-verify-") as scratch:
            summary = read_archive(archive, extract_to=scratch)
        self.stdout.write(f"Archive OK: {summary.describe()}.")
        unknown = unknown_migrations(summary.manifest["migrations"])
        if unknown:
            self.stdout.write(
                f"Note: it was made by a newer Broadsheet; this code lacks {len(unknown)} of its "
                f"migrations ({', '.join(unknown[:3])}), so restore it with the version that made it."
            )

    def restore(self, archive):
        summary = restore_archive(archive, connection=connection, media_root=settings.MEDIA_ROOT)
        site_changed()
        self.stdout.write(f"Restored {summary.describe()}.")
        pending = pending_migrations(connection)
        if pending:
            self.stdout.write(
                f"This code has {pending} migrations the archive predates: run "
                "`python manage.py migrate` before starting the site."
            )
