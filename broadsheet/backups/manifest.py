"""What an archive says about itself: when it was made, by which versions, and every file's checksum."""

import hashlib
import platform
from importlib.metadata import PackageNotFoundError, version

from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from .errors import BackupError

FORMAT = 1
MANIFEST_NAME = "manifest.json"
CHUNK = 1024 * 1024


def package_version(name):
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def software_versions():
    """The versions of everything that wrote the data."""
    return {
        "broadsheet": package_version("broadsheet"),
        "django": package_version("django"),
        "wagtail": package_version("wagtail"),
        "python": platform.python_version(),
    }


def applied_migrations(connection):
    """The migrations recorded as applied, per app."""
    applied = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def unknown_migrations(migrations):
    """The archive's applied migrations that this code does not have (a newer version made it)."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    return sorted(
        f"{app_label}.{name}"
        for app_label, names in migrations.items()
        for name in names
        if (app_label, name) not in known
    )


def new_manifest(*, engine, server_version, database_file, migrations, row_counts, files):
    return {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(timespec="seconds"),
        "versions": software_versions() | {"database": f"{engine} {server_version}"},
        "database": {"engine": engine, "server_version": server_version, "file": database_file},
        "migrations": migrations,
        "row_counts": row_counts,
        "files": files,
    }


def check_manifest(manifest):
    """Raise BackupError unless the manifest has the shape this code writes."""
    if not isinstance(manifest, dict):
        raise BackupError("The manifest is not a JSON object.")
    if manifest.get("format") != FORMAT:
        raise BackupError(
            f"The manifest has format {manifest.get('format')!r}; this code reads format {FORMAT}."
        )
    shapes = {
        "created_at": str,
        "versions": dict,
        "database": dict,
        "migrations": dict,
        "row_counts": dict,
        "files": dict,
    }
    for key, kind in shapes.items():
        if not isinstance(manifest.get(key), kind):
            raise BackupError(f"The manifest's {key!r} is missing or malformed.")
    database = manifest["database"]
    if database.get("engine") not in {"sqlite", "postgresql"} or not isinstance(
        database.get("file"), str
    ):
        raise BackupError("The manifest does not say which database copy the archive holds.")
    if database["file"] not in manifest["files"]:
        raise BackupError("The manifest lists no checksum for the database copy.")
    for name, entry in manifest["files"].items():
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("sha256"), str)
            and isinstance(entry.get("size"), int)
        ):
            raise BackupError(f"The manifest's entry for {name} has no size or checksum.")


class HashingReader:
    """Read a file object through, keeping the SHA-256 and the size of what passed."""

    def __init__(self, stream):
        self.stream = stream
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size=-1):
        data = self.stream.read(size)
        self.digest.update(data)
        self.size += len(data)
        return data

    @property
    def sha256(self):
        return self.digest.hexdigest()
