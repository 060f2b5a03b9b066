"""Write a static copy of the public site into a folder, for a static host or CDN to serve."""

from django.core.management.base import BaseCommand

from broadsheet.paper.bake import bake


class Command(BaseCommand):
    help = (
        "Write the public site (pages, feeds, sitemaps, static files, media) into OUTDIR as "
        "static files. Run again to refresh it; with BROADSHEET_BAKE_DIR set to OUTDIR, "
        "publishing keeps it up to date."
    )

    def add_arguments(self, parser):
        parser.add_argument("outdir")
        parser.add_argument(
            "--base-url",
            help="The public address the copy is served at (default BROADSHEET_BASE_URL).",
        )

    def handle(self, outdir, base_url=None, **options):
        baker = bake(outdir, base_url)
        self.stdout.write(
            f"Baked {len(baker.manifest)} addresses into {outdir} "
            f"({baker.written} files written, {baker.removed} removed)."
        )
