"""Django's migrate, the one command that may create the SQLite database."""

from django.core.management.commands.migrate import Command as MigrateCommand

from broadsheet.paper.sqlite.base import CREATE, missing_database


class Command(MigrateCommand):
    def execute(self, *args, **options):
        with missing_database(CREATE):
            return super().execute(*args, **options)
