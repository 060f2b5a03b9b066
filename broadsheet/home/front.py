"""The pool of stories the front page is built from, fetched in one query per kind of data.

The page is chosen from a light index of the pool (`front_page_index`: what the choice reads),
so a reader's request unpickles neither the stories nor their bylines; the rendered blocks are
cached per choice (see `HomePage.front_blocks`). A story changing rebuilds the pool and renders
the blocks once the change commits (`models.refresh_front_page`), so the first reader after a
publish waits for neither the window query nor the teasers.
"""

from typing import NamedTuple

from django.db.models import F, Window
from django.db.models.functions import RowNumber, Substr

from broadsheet.articles.models import SECTION_DEPTH, ArticlePage
from broadsheet.paper.caching import cached_per_generation

PER_SECTION = 8


def front_page_pool(per_section=PER_SECTION, refresh=False):
    """Return the newest live articles of every section, at most `per_section` each, newest first.

    Cached until a story changes: the window query runs once per publish, not once per reader.
    """
    return cached_per_generation(
        f"front-page-pool:{per_section}",
        lambda: read_front_page_pool(per_section),
        refresh=refresh,
    )


class Story(NamedTuple):
    """What the front page's choice reads of a story in the pool."""

    pk: int
    kind: str
    weight: int
    first_published_at: object
    section_slug: str

    @classmethod
    def of(cls, article):
        return cls(*(getattr(article, field) for field in cls._fields))


def front_page_index(per_section=PER_SECTION, refresh=False):
    """Return the pool as `Story` rows, in the pool's order; cached like the pool."""
    return cached_per_generation(
        f"front-page-index:{per_section}",
        lambda: [Story.of(article) for article in front_page_pool(per_section, refresh)],
        refresh=refresh,
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
