"""Django's migrate, the one command that may create the SQLite database."""

from django.core.management.commands.migrate import Command as MigrateCommand

from broadsheet.paper.sqlite.base import DatabaseWrapper


class Command(MigrateCommand):
    def execute(self, *args, **options):
        DatabaseWrapper.creation_allowed = True
        try:
            return super().execute(*args, **options)
        finally:
            DatabaseWrapper.creation_allowed = False
