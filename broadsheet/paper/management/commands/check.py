"""Django's check, which works before the SQLite database exists without creating it."""

from django.core.management.commands.check import Command as CheckCommand

from broadsheet.paper.sqlite.base import IN_MEMORY, missing_database


class Command(CheckCommand):
    def execute(self, *args, **options):
        with missing_database(IN_MEMORY):
            return super().execute(*args, **options)
