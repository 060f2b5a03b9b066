"""The pool of stories the front page is built from, fetched in one query per kind of data."""

from django.db.models import F, Window
from django.db.models.functions import RowNumber, Substr

from broadsheet.articles.models import SECTION_DEPTH, ArticlePage

PER_SECTION = 8


def front_page_pool(per_section=PER_SECTION):
    """Return the newest live articles of every section, at most `per_section` each, newest first."""
    section_path = Substr("path", 1, SECTION_DEPTH * ArticlePage.steplen)
    newest_in_section = Window(
        RowNumber(),
        partition_by=[section_path],
        order_by=[F("first_published_at").desc(), F("pk").desc()],
    )
    return list(
        ArticlePage.objects.published()
        .annotate(rank=newest_in_section)
        .filter(rank__lte=per_section)
        .order_by("-first_published_at", "-pk")
        .for_listing()
    )
