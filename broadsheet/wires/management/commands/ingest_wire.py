from itertools import batched
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from broadsheet.wires.ingest import BATCH_FILES, Action, ingest_batch, ingest_path
from broadsheet.wires.models import Agency


class Command(BaseCommand):
    help = (
        "Ingest agency files (ninjs, NewsML-G2, RSS, Atom) or folders of them; one line per item. "
        "Exits with status 1 when any file was quarantined."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files or folders.")
        parser.add_argument(
            "--publish", action="store_true", help="Publish at once (or at the embargo)."
        )
        parser.add_argument(
            "--agency", metavar="NAME", help="The agency the files come from (created if new)."
        )

    def handle(self, *args, paths, publish, agency, **options):
        agency = Agency.objects.get_or_create(name=agency.strip()[:60])[0] if agency else None
        files = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files.extend(sorted(p for p in path.iterdir() if p.is_file()))
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"{raw}: no such file or folder")
        quarantined = 0
        for chunk in batched(files, BATCH_FILES):
            with ingest_batch():
                outcomes = [
                    o for path in chunk for o in ingest_path(path, agency=agency, publish=publish)
                ]
            for outcome in outcomes:
                quarantined += outcome.action == Action.QUARANTINED
                self.stdout.write(outcome.line())
        if quarantined:
            self.stderr.write(f"{quarantined} file(s) quarantined.")
            raise SystemExit(1)
