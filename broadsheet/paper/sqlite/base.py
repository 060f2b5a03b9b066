"""Django's SQLite backend, refusing to create a missing database file outside `migrate`.

SQLite creates any file it is asked to open; a moved or unmounted database would otherwise be
replaced, silently, by an empty one that the site then serves and writes to.
"""

from pathlib import Path

from django.db.backends.sqlite3.base import Database
from django.db.backends.sqlite3.base import DatabaseWrapper as SQLiteDatabaseWrapper


class DatabaseWrapper(SQLiteDatabaseWrapper):
    creation_allowed = False  # set while `migrate` runs

    def get_new_connection(self, conn_params):
        name = str(conn_params["database"])
        if (
            not self.creation_allowed
            and not self.is_in_memory_db()
            and not name.startswith("file:")
            and not Path(name).exists()
        ):
            raise Database.OperationalError(
                f"The database {name} does not exist; `manage.py migrate` creates it."
            )
        return super().get_new_connection(conn_params)
