"""Restore an archive into an empty installation, refusing one that already holds a paper."""

import os
import shutil
import tempfile
from pathlib import Path

from django.db.migrations.loader import MigrationLoader

from . import database
from .archive import MEDIA_PREFIX, read_archive
from .errors import BackupError
from .manifest import applied_migrations, unknown_migrations

# The tables a fresh `migrate` writes rows into: an installation with rows in no other table, and
# no pages but Wagtail's own root and welcome page, is empty.
SEEDED_BY_MIGRATE = frozenset(
    {
        "auth_group",
        "auth_group_permissions",
        "auth_permission",
        "django_content_type",
        "django_migrations",
        "newsletter_newsletter",
        "wagtailcore_collection",
        "wagtailcore_groupapprovaltask",
        "wagtailcore_groupapprovaltask_groups",
        "wagtailcore_groupcollectionpermission",
        "wagtailcore_grouppagepermission",
        "wagtailcore_locale",
        "wagtailcore_page",
        "wagtailcore_site",
        "wagtailcore_task",
        "wagtailcore_workflow",
        "wagtailcore_workflowpage",
        "wagtailcore_workflowtask",
        "wagtailsearch_indexentry_fts_config",
        "wagtailsearch_indexentry_fts_data",
    }
)
OUR_PAGES = (
    "SELECT count(*) FROM wagtailcore_page p JOIN django_content_type t"
    " ON t.id = p.content_type_id WHERE NOT (t.app_label = 'wagtailcore' AND t.model = 'page')"
)
PLAIN_NAMES = {
    "auth_user": "user accounts",
    "wagtailcore_page": "pages",
    "photos_photo": "photos",
    "newsletter_subscriber": "subscribers",
    "editions_edition": "editions",
}


def installation_contents(connection, media_root):
    """Say what the installation already holds, e.g. ["3 user accounts", "12 files in MEDIA_ROOT"]."""
    held = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            if table == "wagtailcore_page":
                cursor.execute(OUR_PAGES)
            elif table in SEEDED_BY_MIGRATE:
                continue
            else:
                cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")
            count = cursor.fetchone()[0]
            if count:
                held[table] = count
    described = [
        f"{held.pop(table)} {name}" for table, name in PLAIN_NAMES.items() if table in held
    ]
    described += [f"{count} rows in {table}" for table, count in list(held.items())[:5]]
    if len(held) > 5:
        described.append(f"rows in {len(held) - 5} more tables")
    media_count = sum(len(names) for _folder, _subfolders, names in os.walk(media_root))
    if media_count:
        described.append(f"{media_count} files in MEDIA_ROOT ({media_root})")
    return described


def restore_archive(path, *, connection, media_root):
    """Check the archive whole, then load its database and put its media in place."""
    media_root = Path(media_root)
    held = installation_contents(connection, media_root)
    if held:
        raise BackupError(
            "This installation is not empty (" + ", ".join(held) + "); restore only goes into "
            "a new, empty database and MEDIA_ROOT, so nothing here is overwritten. Point "
            "DATABASE_URL (or BROADSHEET_DATA_DIR) and MEDIA_ROOT at empty ones and run it again."
        )
    media_root.parent.mkdir(parents=True, exist_ok=True)
    # Staged beside MEDIA_ROOT, so putting the files in place is a rename on the same disk.
    staging = Path(tempfile.mkdtemp(prefix=f".{media_root.name}-restoring-", dir=media_root.parent))
    try:
        summary = read_archive(path, extract_to=staging)
        manifest = summary.manifest
        engine = database.engine_of(connection)
        if manifest["database"]["engine"] != engine:
            raise BackupError(
                f"The archive holds a {manifest['database']['engine']} database and this "
                f"installation uses {engine}; restore it into a {manifest['database']['engine']} "
                "installation."
            )
        unknown = unknown_migrations(manifest["migrations"])
        if unknown:
            raise BackupError(
                f"The archive was made by a newer Broadsheet ({manifest['versions']['broadsheet']}):"
                f" this code lacks the migrations {', '.join(unknown[:5])}. Restore it with the "
                "version that made it."
            )
        database.drop_all_tables(connection)
        database.load(connection, staging / manifest["database"]["file"])
        _check_row_counts(connection, manifest["row_counts"])
        _put_media_in_place(staging / MEDIA_PREFIX.rstrip("/"), media_root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return summary


def pending_migrations(connection):
    """How many of this code's migrations the restored database has not applied yet."""
    applied = {
        (app, name) for app, names in applied_migrations(connection).items() for name in names
    }
    return len(set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations) - applied)


def _check_row_counts(connection, expected):
    found = database.row_counts(connection)
    differing = [
        f"{table} has {found.get(table)} rows, the manifest says {count}"
        for table, count in expected.items()
        if found.get(table) != count
    ]
    if differing:
        raise BackupError(
            "The restored database differs from the archive: " + "; ".join(differing[:5]) + "."
        )


def _put_media_in_place(staged, media_root):
    if not staged.is_dir():
        media_root.mkdir(parents=True, exist_ok=True)
        return
    if not media_root.exists():
        staged.rename(media_root)
        return
    for entry in staged.iterdir():
        entry.rename(media_root / entry.name)
