"""Back up the paper (database, media, manifest) into one archive while the site runs."""

import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from broadsheet.backups.archive import default_output, write_archive
from broadsheet.backups.errors import BackupError


class Command(BaseCommand):
    help = "Write the database, MEDIA_ROOT and a manifest with checksums into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Archive file to write, or a folder for a dated one "
            "(default: backups/ in BROADSHEET_DATA_DIR).",
        )

    def handle(self, *args, output=None, **options):
        target = Path(output) if output else Path(settings.DATA_DIR) / "backups"
        if target.is_dir() or (output is None) or str(output).endswith("/"):
            target = default_output(target)
        if target.exists():
            raise CommandError(f"{target} already exists; name another archive.")
        started = time.monotonic()
        try:
            summary = write_archive(target, connection=connection, media_root=settings.MEDIA_ROOT)
        except BackupError as error:
            raise CommandError(str(error)) from None
        size = target.stat().st_size
        self.stdout.write(
            f"Backup written to {target} ({size / 1024 / 1024:.1f} MB in "
            f"{time.monotonic() - started:.1f} s): {summary.describe()}."
        )
