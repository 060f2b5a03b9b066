from django.core.management.base import BaseCommand

from broadsheet.search.engine import entries_enabled
from broadsheet.search.entries import rebuild_entries


class Command(BaseCommand):
    help = "Rebuild the reader's search entries (PostgreSQL) from the live, public articles."

    def handle(self, *args, **options):
        if not entries_enabled():
            self.stdout.write("Nothing to do: search entries are used on PostgreSQL only.")
            return

        def progress(done, total):
            if options["verbosity"] >= 2:
                self.stdout.write(f"{done:,}/{total:,}")

        count = rebuild_entries(progress)
        self.stdout.write(self.style.SUCCESS(f"{count:,} articles in the search entries."))
