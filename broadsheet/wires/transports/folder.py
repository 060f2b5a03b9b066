"""An agency's folder: files that arrive are ingested, then moved to done/ or quarantine/."""

import shutil
import time
from itertools import batched
from pathlib import Path

from broadsheet.wires.ingest import BATCH_FILES, Action, ingest_batch, ingest_path, is_picture

DONE = "done"
QUARANTINE = "quarantine"
# A file younger than this may still be being written by the agency's upload.
SETTLE_SECONDS = 2
# Pictures wait beside the items that name them; after this they are tidied into done/.
PICTURE_KEEP_SECONDS = 3600
PARTIAL_SUFFIXES = (".tmp", ".part", ".partial", ".filepart")


def arrived(folder, now):
    """The files ready to read, oldest first: settled, not hidden, not partial uploads."""
    files = []
    for path in folder.iterdir():
        if not path.is_file() or path.name.startswith(".") or path.suffix in PARTIAL_SUFFIXES:
            continue
        mtime = path.stat().st_mtime
        if now - mtime >= SETTLE_SECONDS:
            files.append((mtime, path))
    return [path for _mtime, path in sorted(files)]


def move(path, subfolder):
    target_dir = path.parent / subfolder
    target_dir.mkdir(exist_ok=True)
    target = target_dir / path.name
    if target.exists():
        target = target_dir / f"{path.stem}-{time.time_ns()}{path.suffix}"
    shutil.move(path, target)
    return target


def scan_folder(agency, now=None):
    """Ingest every settled file in the agency's folder; return the outcomes."""
    folder = Path(agency.folder)
    if not agency.folder or not folder.is_dir():
        return []
    now = now or time.time()
    outcomes = []
    for paths in batched(arrived(folder, now), BATCH_FILES):
        moves = []
        with ingest_batch():
            for path in paths:
                with path.open("rb") as handle:
                    head = handle.read(16)
                if is_picture(head):
                    if now - path.stat().st_mtime >= PICTURE_KEEP_SECONDS:
                        moves.append((path, DONE))
                    continue
                results = ingest_path(path, agency=agency, publish=agency.publish_on_arrival)
                outcomes.extend(results)
                failed = any(outcome.action == Action.QUARANTINED for outcome in results)
                moves.append((path, QUARANTINE if failed else DONE))
        # Only once the batch is committed: a file is never in done/ with its items lost.
        for path, subfolder in moves:
            move(path, subfolder)
    return outcomes
