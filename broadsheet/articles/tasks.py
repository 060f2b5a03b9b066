"""Rebuild stored renders away from the editor's and the reader's requests."""

from django.tasks import task

from .models import ArticlePage, ArticleRender
from .rendering import build_render, make_article_renditions


@task()
def build_renders(article_ids):
    """Build the stored render of each article (after a publish, or for a whole archive).

    Every article's renditions come first, so a render listing another one as related finds its
    teaser photo made.
    """
    for article in ArticlePage.objects.published().filter(pk__in=article_ids):
        make_article_renditions(article)
    for article_id in article_ids:
        build_render(article_id)


def refresh_renders(article_ids):
    """Stop serving the stored renders of `article_ids` at once, and queue their rebuild.

    The queue is in the database: the task is queued in the same transaction as the change.
    """
    article_ids = sorted(set(article_ids))
    if article_ids:
        ArticleRender.objects.filter(pk__in=article_ids).update(stale=True)
        build_renders.enqueue(article_ids)
