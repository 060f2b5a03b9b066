"""Rebuild stored renders away from the editor's and the reader's requests."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.tasks import task

from .models import ArticlePage, ArticleRender
from .rendering import build_render, make_article_renditions, renders_showing, renders_that_may_list


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


def refresh_after_publish(articles):
    """Refresh what publishing (or taking down) `articles` changes in the stored renders.

    Their own renders, the renders listing them as related and, for a live story, the renders
    of stories on its topics it may now be related to: one queued rebuild for the whole batch.
    The page_published and page_unpublished signals call it for one story; a bulk publish that
    sends no signal per story calls it once with all of them.
    """
    pending = _deferred.get()
    if pending is not None:
        pending.update((article.pk, article) for article in articles)
        return
    articles = list(articles)
    ids = {article.pk for article in articles} | renders_showing([a.pk for a in articles])
    for article in articles:
        if article.live:
            ids |= renders_that_may_list(article)
    refresh_renders(ids)


# The stories published in the outermost `renders_deferred()` block, by id.
_deferred = ContextVar("deferred_render_refreshes", default=None)


@contextmanager
def renders_deferred():
    """Refresh the renders of the stories published in the block once, when it ends well.

    Run it inside the batch's transaction, so the rebuild is queued with the batch. A story
    published twice in the block (created, then updated) is refreshed once, as it ends up.
    """
    if _deferred.get() is not None:
        yield
        return
    pending = {}
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
    refresh_after_publish(pending.values())
