from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from broadsheet.newsletter.bounces import NotAReport, process_report


class Command(BaseCommand):
    help = (
        "Read one bounce (RFC 3464 DSN) or complaint (RFC 5965 ARF) message from standard input "
        "or --file and suppress the subscribers it names, e.g. as the bounce mailbox's pipe: "
        '"|/srv/broadsheet/.venv/bin/python /srv/broadsheet/manage.py process_bounce".'
    )

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, help="Read the message from this file.")
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Exit with an error when the message is not a report (a pipe should not: "
            "the mail server would bounce the bounce).",
        )

    def handle(self, *args, file, strict, **options):
        import sys

        raw = file.read_bytes() if file else sys.stdin.buffer.read()
        try:
            counts = process_report(raw, source="bounce mailbox")
        except NotAReport as error:
            if strict:
                raise CommandError(f"Ignored: {error}") from error
            self.stdout.write(f"Ignored: {error}")
            return
        self.stdout.write(
            f"{counts['findings']} failed recipient(s) of ours in the report; "
            f"{counts['suppressed']} newly suppressed."
        )
