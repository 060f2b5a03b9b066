"""Django's makemigrations, which reads the history but needs no SQLite database to exist."""

from django.core.management.commands.makemigrations import Command as MakeMigrationsCommand

from broadsheet.paper.sqlite.base import IN_MEMORY, missing_database


class Command(MakeMigrationsCommand):
    def execute(self, *args, **options):
        with missing_database(IN_MEMORY):
            return super().execute(*args, **options)
