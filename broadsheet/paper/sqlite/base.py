"""Django's SQLite backend, refusing to create a missing database file outside `migrate`.

SQLite creates any file it is asked to open; a moved or unmounted database would otherwise be
replaced, silently, by an empty one that the site then serves and writes to.
"""

from contextlib import contextmanager
from pathlib import Path

from django.db.backends.sqlite3.base import Database
from django.db.backends.sqlite3.base import DatabaseWrapper as SQLiteDatabaseWrapper

REFUSE, CREATE, IN_MEMORY = "refuse", "create", "in-memory"


class DatabaseWrapper(SQLiteDatabaseWrapper):
    # What to do when the database file is missing: refuse (the default), create (`migrate`), or
    # open an empty in-memory database (`makemigrations`, which only reads the history).
    when_missing = REFUSE

    def get_new_connection(self, conn_params):
        name = str(conn_params["database"])
        missing = not (self.is_in_memory_db() or name.startswith("file:") or Path(name).exists())
        if missing and self.when_missing == IN_MEMORY:
            conn_params = {**conn_params, "database": ":memory:"}
        elif missing and self.when_missing == REFUSE:
            raise Database.OperationalError(
                f"The database {name} does not exist; `manage.py migrate` creates it."
            )
        elif missing:  # CREATE: a fresh installation's data folder may not exist yet either
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        return super().get_new_connection(conn_params)


@contextmanager
def missing_database(behaviour):
    """Treat a missing database file as `behaviour` (CREATE or IN_MEMORY) for a while."""
    DatabaseWrapper.when_missing = behaviour
    try:
        yield
    finally:
        DatabaseWrapper.when_missing = REFUSE
