"""Build the printed edition of a day (today by default), with a progress bar."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from broadsheet.editions.build import STEPS, EditionLocked, NoContent, build_edition, default_site
from broadsheet.editions.models import Edition


def parse_day(value):
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date wants a date as YYYY-MM-DD, not {value!r}.") from None


class Command(BaseCommand):
    help = "Build (or rebuild) the day's printed edition: PDF, page images and story regions."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="The edition's date, YYYY-MM-DD (default: today).")
        parser.add_argument("--pages", type=int, help="Pages to fill (default: edition settings).")
        parser.add_argument(
            "--if-missing",
            action="store_true",
            help="Do nothing when the day's edition is already built.",
        )

    def handle(self, *args, **options):
        day = parse_day(options["date"]) if options["date"] else timezone.localdate()
        pages = options["pages"]
        if pages is not None and not 4 <= pages <= 48:
            raise CommandError("--pages must be between 4 and 48.")
        try:
            site = default_site()
        except NoContent as error:
            raise CommandError(str(error)) from None
        if options["if_missing"] and Edition.objects.filter(site=site, date=day).ready().exists():
            self.stdout.write(f"The edition of {day:%-d %B %Y} is already built.")
            return
        try:
            edition = build_edition(day, site=site, page_count=pages, progress=self.progress)
        except (EditionLocked, NoContent) as error:
            self.stdout.write("")
            raise CommandError(str(error)) from None
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"Built {edition}: {edition.page_count} pages in {edition.build_seconds:.1f} s "
                f"({edition.pdf.path})"
            )
        )

    def progress(self, step, label):
        width = 24
        done = round(width * step / STEPS)
        bar = "#" * done + "-" * (width - done)
        self.stdout.write(f"\r[{bar}] {step}/{STEPS} {label:<24}", ending="")
        self.stdout.flush()
