"""The pool of stories the front page is built from, fetched in one query per kind of data."""

from django.db.models import F, Window
from django.db.models.functions import RowNumber, Substr

from broadsheet.articles.models import SECTION_DEPTH, ArticlePage
from broadsheet.paper.caching import cached_per_generation

PER_SECTION = 8


def front_page_pool(per_section=PER_SECTION):
    """Return the newest live articles of every section, at most `per_section` each, newest first.

    Cached until a story changes: the window query runs once per publish, not once per reader.
    """
    return cached_per_generation(
        f"front-page-pool:{per_section}", lambda: read_front_page_pool(per_section)
    )


def read_front_page_pool(per_section):
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
