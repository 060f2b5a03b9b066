"""Copy the database out and back in: SQLite's online backup API, pg_dump and pg_restore."""

import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db.backends.postgresql.client import DatabaseClient

from .errors import BackupError

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
DUMP_NAMES = {SQLITE: "database/broadsheet.sqlite3", POSTGRESQL: "database/broadsheet.pgdump"}


def engine_of(connection):
    """Name the database engine the way the manifest does."""
    if connection.vendor == "sqlite":
        return SQLITE
    if connection.vendor == "postgresql":
        return POSTGRESQL
    raise BackupError(f"Backups cover SQLite and PostgreSQL, not {connection.vendor}.")


def server_version(connection):
    """The database server's version, as it reports it."""
    if engine_of(connection) == SQLITE:
        return sqlite3.sqlite_version
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


def dump(connection, target):
    """Write a consistent copy of the database to `target`; return each table's row count in it."""
    if engine_of(connection) == SQLITE:
        return _dump_sqlite(connection, target)
    return _dump_postgresql(connection, target)


def load(connection, source):
    """Replace the (empty) database's contents with the copy in `source`."""
    if engine_of(connection) == SQLITE:
        _load_sqlite(connection, source)
    else:
        _load_postgresql(connection, source)


def check_readable(engine, path):
    """Raise BackupError unless the database copy at `path` opens and reads whole."""
    if engine == SQLITE:
        try:
            with _read_only(path) as copy:
                result = copy.execute("PRAGMA integrity_check").fetchone()[0]
                copy.execute("SELECT count(*) FROM django_migrations").fetchone()
        except sqlite3.DatabaseError as error:
            raise BackupError(f"The database copy does not open as SQLite: {error}.") from None
        if result != "ok":
            raise BackupError(f"The database copy fails SQLite's integrity check: {result}.")
        return
    pg_restore = _client_program("pg_restore", None)
    listing = subprocess.run([pg_restore, "--list", str(path)], capture_output=True, text=True)
    if listing.returncode != 0:
        raise BackupError(f"pg_restore cannot read the database copy: {_first_line(listing)}.")
    if "TABLE DATA public django_migrations" not in listing.stdout:
        raise BackupError("The database copy holds no django_migrations table.")


def row_counts(connection):
    """Count the rows of every table, in the connection's current transaction."""
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def drop_all_tables(connection):
    """Drop every table of an installation that holds nothing but what `migrate` writes."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        if connection.vendor == "postgresql":
            for table in tables:
                cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")
        else:
            cursor.execute("PRAGMA foreign_keys = OFF")
            for table in tables:
                cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)}")
            cursor.execute("PRAGMA foreign_keys = ON")


def _read_only(path):
    return sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)


def _sqlite_counts(database):
    tables = database.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {
        name: database.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for (name,) in sorted(tables)
    }


def _dump_sqlite(connection, target):
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        # One step: a reader in WAL mode sees a single snapshot and never blocks the site's writers.
        connection.connection.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        counts = _sqlite_counts(copy)
    finally:
        copy.close()
    return counts


def _load_sqlite(connection, source):
    with _read_only(source) as copy:
        if connection.is_in_memory_db():
            connection.ensure_connection()
            copy.backup(connection.connection)
            return
        connection.close()
        target_path = Path(connection.settings_dict["NAME"])
        target_path.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(target_path)
        try:
            copy.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()


def _major(version_text):
    """The major version in `pg_dump --version`'s "pg_dump (PostgreSQL) 15.20 (Debian …)"."""
    match = re.search(r"\)\s*(\d+)", version_text)
    return int(match.group(1)) if match else 0


def _client_program(name, server_major):
    """Find pg_dump or pg_restore, preferring the one of the server's own major version."""
    candidates = []
    if server_major:
        candidates.append(Path(f"/usr/lib/postgresql/{server_major}/bin/{name}"))
    found = shutil.which(name)
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    raise BackupError(
        f"{name} is not installed; install the PostgreSQL client tools "
        f"(postgresql-client{f'-{server_major}' if server_major else ''})."
    )


def _client_environment(connection):
    _args, env = DatabaseClient.settings_to_cmd_args_env(connection.settings_dict, [])
    settings = connection.settings_dict
    environment = dict(env or {})
    environment |= {
        "PGHOST": str(settings.get("HOST") or ""),
        "PGPORT": str(settings.get("PORT") or ""),
        "PGUSER": str(settings.get("USER") or ""),
        "PGDATABASE": str(settings.get("NAME") or ""),
    }
    return {key: value for key, value in environment.items() if value}


def _run(command, connection, what):
    environment = os.environ | _client_environment(connection)
    result = subprocess.run(command, capture_output=True, text=True, env=environment)
    if result.returncode != 0:
        raise BackupError(f"{what} failed: {_first_line(result)}.")
    return result


def _first_line(result):
    text = (result.stderr or result.stdout or "").strip()
    return text.splitlines()[0] if text else f"exit status {result.returncode}"


def _checked_client(name, connection):
    server_major = connection.pg_version // 10000
    program = _client_program(name, server_major)
    version = subprocess.run([program, "--version"], capture_output=True, text=True).stdout
    if _major(version) < server_major:
        raise BackupError(
            f"{program} is version {version.strip()}, older than the PostgreSQL {server_major} "
            f"server; install postgresql-client-{server_major}."
        )
    return program


def _dump_postgresql(connection, target):
    pg_dump = _checked_client("pg_dump", connection)
    connection.ensure_connection()
    # Count rows in the very snapshot pg_dump reads, so the manifest matches the dump exactly.
    with connection.cursor() as cursor:
        cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            counts = row_counts(connection)
            _run(
                [
                    pg_dump,
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    f"--file={target}",
                ],
                connection,
                "pg_dump",
            )
        finally:
            cursor.execute("COMMIT")
    return counts


def _load_postgresql(connection, source):
    pg_restore = _checked_client("pg_restore", connection)
    _run(
        [
            pg_restore,
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(source),
        ],
        connection,
        "pg_restore",
    )
