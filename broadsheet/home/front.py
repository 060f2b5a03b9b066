"""The pool of stories the front page is built from, fetched in one query per kind of data.

The page is chosen from a light index of the pool (`front_page_index`: what the choice reads),
so a reader's request unpickles neither the stories nor their bylines; the rendered blocks are
cached per choice (see `HomePage.get_context`). A story changing rebuilds the pool at once
(`refresh_front_page`), so the first reader after a publish does not wait for the window query.
"""

import logging
from typing import NamedTuple

from django.db import transaction
from django.db.models import F, Window
from django.db.models.functions import RowNumber, Substr

from broadsheet.articles.models import SECTION_DEPTH, ArticlePage
from broadsheet.paper.caching import cached_per_generation, generations_changed

logger = logging.getLogger(__name__)
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


def rebuild_front_page_index():
    try:
        front_page_index(refresh=True)
    except Exception:  # the next reader builds it instead
        logger.exception("Rebuilding the front page's pool failed")


def refresh_front_page(sender=None, events=(), **kwargs):
    """A story changed: rebuild the pool once the change is committed, not on a reader's request.

    Rebuilt even if a reader cached it meanwhile, from what was there before the commit.
    """
    if "stories" in events or "site" in events:
        transaction.on_commit(rebuild_front_page_index)


generations_changed.connect(refresh_front_page, dispatch_uid="broadsheet-front-page-refresh")


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
