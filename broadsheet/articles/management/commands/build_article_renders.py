from django.core.management.base import BaseCommand
from django.db.models import F

from broadsheet.articles.models import ArticlePage
from broadsheet.articles.rendering import build_render


class Command(BaseCommand):
    help = (
        "Build the stored render (and the renditions) of every live article, or of those with none"
        " yet (--missing). Run it after a bulk import straight into the database."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--missing", action="store_true", help="Only articles without a current stored render."
        )

    def handle(self, *args, missing, verbosity, **options):
        articles = ArticlePage.objects.published().order_by("pk")
        if missing:
            articles = articles.exclude(
                stored_render__stale=False,
                stored_render__revision_id=F("live_revision_id"),
            )
        ids = list(articles.values_list("pk", flat=True))
        for done, article_id in enumerate(ids, start=1):
            build_render(article_id)
            if verbosity >= 2 and done % 100 == 0:
                self.stdout.write(f"{done:,}/{len(ids):,}")
        self.stdout.write(self.style.SUCCESS(f"{len(ids):,} stored article renders built."))
