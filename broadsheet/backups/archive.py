"""Write a backup archive and read one back, checking every file against the manifest."""

import json
import os
import shutil
import tarfile
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from . import database
from .errors import BackupError
from .manifest import (
    CHUNK,
    MANIFEST_NAME,
    HashingReader,
    applied_migrations,
    check_manifest,
    new_manifest,
)

MEDIA_PREFIX = "media/"
# Photos are JPEG already; the database copy is what compresses, and it does so at a low level too.
COMPRESSION_LEVEL = 3
SPOOL_LIMIT = 16 * 1024 * 1024


@dataclass
class ArchiveSummary:
    """What an archive holds, for the operator's one-line report."""

    path: Path
    manifest: dict
    media_files: int
    media_bytes: int
    database_bytes: int

    @property
    def engine(self):
        return self.manifest["database"]["engine"]

    def describe(self):
        versions = self.manifest["versions"]
        return (
            f"{self.engine} database ({_size(self.database_bytes)}), "
            f"{self.media_files} media files ({_size(self.media_bytes)}), "
            f"made {self.manifest['created_at']} by Broadsheet {versions.get('broadsheet')} "
            f"(Django {versions.get('django')}, Wagtail {versions.get('wagtail')}, "
            f"{versions.get('database')})"
        )


def _size(count):
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count} bytes"


def default_output(directory):
    return Path(directory) / time.strftime("broadsheet-%Y%m%d-%H%M%S.tar.gz")


def write_archive(output, *, connection, media_root):
    """Back up the database, then MEDIA_ROOT, into one tar.gz at `output`; return its summary."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    engine = database.engine_of(connection)
    database_name = database.DUMP_NAMES[engine]
    partial = output.with_name(f".{output.name}.partial")
    files = {}
    media_files = media_bytes = 0
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".backup-") as scratch:
        dump_path = Path(scratch) / "database"
        migrations = applied_migrations(connection)
        counts = database.dump(connection, dump_path)
        try:
            # Created private: the archive holds password hashes and subscribers' addresses.
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with (
                os.fdopen(descriptor, "wb") as raw,
                tarfile.open(fileobj=raw, mode="w:gz", compresslevel=COMPRESSION_LEVEL) as tar,
            ):
                with dump_path.open("rb") as stream:
                    files[database_name] = _add_stream(tar, database_name, stream)
                for name, path in _media_files(Path(media_root)):
                    entry = _add_media(tar, name, path)
                    if entry is not None:
                        files[name] = entry
                        media_files += 1
                        media_bytes += entry["size"]
                manifest = new_manifest(
                    engine=engine,
                    server_version=database.server_version(connection),
                    database_file=database_name,
                    migrations=migrations,
                    row_counts=counts,
                    files=files,
                )
                _add_bytes(tar, MANIFEST_NAME, json.dumps(manifest, indent=1).encode())
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(partial, output)
        finally:
            partial.unlink(missing_ok=True)
    return ArchiveSummary(output, manifest, media_files, media_bytes, files[database_name]["size"])


def _media_files(root):
    """Every regular file under MEDIA_ROOT, with its name in the archive, in a stable order."""
    if not root.is_dir():
        return
    for folder, subfolders, names in os.walk(root):
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_symlink() or not path.is_file():
                continue
            yield MEDIA_PREFIX + path.relative_to(root).as_posix(), path


def _add_media(tar, name, path):
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        return (
            None  # deleted while the backup ran; the database copy, taken first, may still name it
        )
    with stream:
        return _add_stream(tar, name, stream, mtime=os.fstat(stream.fileno()).st_mtime)


def _add_stream(tar, name, stream, mtime=None):
    """Copy `stream` aside while hashing it, so a file that changes meanwhile stays consistent."""
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_LIMIT) as spool:
        reader = HashingReader(stream)
        shutil.copyfileobj(reader, spool, CHUNK)
        spool.seek(0)
        info = tarfile.TarInfo(name)
        info.size = reader.size
        info.mode = 0o644
        info.mtime = int(mtime if mtime is not None else time.time())
        tar.addfile(info, spool)
    return {"size": reader.size, "sha256": reader.sha256}


def _add_bytes(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    info.mtime = int(time.time())
    tar.addfile(info, fileobj=_BytesReader(data))


class _BytesReader:
    def __init__(self, data):
        self.data = memoryview(data)
        self.position = 0

    def read(self, size=-1):
        end = len(self.data) if size < 0 else self.position + size
        chunk = self.data[self.position : end].tobytes()
        self.position += len(chunk)
        return chunk


def _safe_member_name(member):
    """Refuse anything but a regular file under database/ or media/, or the manifest."""
    path = PurePosixPath(member.name)
    if not member.isreg():
        raise BackupError(f"The archive holds {member.name!r}, which is not a regular file.")
    if path.is_absolute() or ".." in path.parts or "\\" in member.name:
        raise BackupError(f"The archive holds an unsafe path: {member.name!r}.")
    if member.name != MANIFEST_NAME and path.parts[0] not in {"database", "media"}:
        raise BackupError(f"The archive holds {member.name!r}, outside database/ and media/.")
    return member.name


def read_archive(path, *, extract_to):
    """Read the whole archive into `extract_to`, checking it against its manifest; return a summary.

    Nothing outside `extract_to` is touched. Raises BackupError with the reason when the archive is
    unreadable, incomplete, altered, or its database copy does not open.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no archive at {path}.")
    extract_to = Path(extract_to)
    seen = {}
    manifest = None
    try:
        with tarfile.open(path, mode="r:gz") as tar:
            for member in tar:
                name = _safe_member_name(member)
                if name in seen or (name == MANIFEST_NAME and manifest is not None):
                    raise BackupError(f"The archive holds {name!r} twice.")
                stream = tar.extractfile(member)
                if name == MANIFEST_NAME:
                    manifest = _read_manifest(stream)
                    continue
                target = extract_to / name
                target.parent.mkdir(parents=True, exist_ok=True)
                reader = HashingReader(stream)
                with target.open("wb") as copy:
                    shutil.copyfileobj(reader, copy, CHUNK)
                seen[name] = {"size": reader.size, "sha256": reader.sha256}
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        if isinstance(error, FileNotFoundError | PermissionError) and error.filename:
            raise BackupError(f"Cannot read or write {error.filename}: {error.strerror}.") from None
        raise BackupError(f"The archive is damaged or truncated ({error}).") from None
    if manifest is None:
        raise BackupError("The archive has no manifest.json: it was not written by `backup`.")
    _compare(manifest["files"], seen)
    engine = manifest["database"]["engine"]
    database_file = manifest["database"]["file"]
    database.check_readable(engine, extract_to / database_file)
    media = [entry for name, entry in seen.items() if name.startswith(MEDIA_PREFIX)]
    return ArchiveSummary(
        path,
        manifest,
        len(media),
        sum(entry["size"] for entry in media),
        seen[database_file]["size"],
    )


def _read_manifest(stream):
    try:
        manifest = json.loads(stream.read(16 * 1024 * 1024))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(f"The manifest is not valid JSON ({error}).") from None
    check_manifest(manifest)
    return manifest


def _compare(listed, seen):
    problems = []
    for name in sorted(set(listed) - set(seen)):
        problems.append(f"{name} is listed in the manifest but missing")
    for name in sorted(set(seen) - set(listed)):
        problems.append(f"{name} is in the archive but not in the manifest")
    for name in sorted(set(listed) & set(seen)):
        if listed[name]["size"] != seen[name]["size"]:
            problems.append(
                f"{name} has {seen[name]['size']} bytes, the manifest says {listed[name]['size']}"
            )
        elif listed[name]["sha256"] != seen[name]["sha256"]:
            problems.append(f"{name} does not match its SHA-256 checksum")
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise BackupError(
            "The archive does not match its manifest: " + "; ".join(problems[:5]) + more + "."
        )
