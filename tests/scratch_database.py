"""A database of a test's own for processes it starts, reached with the plain driver."""

import os
from contextlib import closing
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings


class ScratchDatabase:
    """A fresh PostgreSQL database beside the test's (or a SQLite file in `tmp_path`)."""

    def __init__(self, tmp_path, suffix):
        default = settings.DATABASES["default"]
        self.postgres = default["ENGINE"] == "django.db.backends.postgresql"
        if self.postgres:
            parts = urlsplit(os.environ["DATABASE_URL"])
            base = parts.path.rsplit("/", 1)[-1] or "broadsheet"
            self.name = f"{base}_{suffix}".replace("-", "_")
            self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
            self.admin_url = urlunsplit(parts._replace(path="/postgres"))
            self.admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self.admin(f'CREATE DATABASE "{self.name}"')
        else:
            self.path = tmp_path / f"{suffix}.sqlite3"
            self.url = f"sqlite:///{self.path}"

    def admin(self, sql):
        """Run `sql` on the server's maintenance database."""
        import psycopg

        with closing(psycopg.connect(self.admin_url, autocommit=True)) as conn:
            conn.execute(sql)

    def query(self, sql):
        """Run `sql` on the scratch database and return its rows (never creates the SQLite file)."""
        if self.postgres:
            import psycopg

            with closing(psycopg.connect(self.url, autocommit=True)) as conn:
                return conn.execute(sql).fetchall()
        import sqlite3

        with closing(sqlite3.connect(f"file:{self.path}?mode=rw", uri=True, timeout=20)) as conn:
            return conn.execute(sql).fetchall()

    def drop(self):
        if self.postgres:
            self.admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
