"""Refresh search entries when what the reader may find changes.

Inside `entries_deferred()` (a batch of agency copy) each article's entry is refreshed once, at
the end of the block, however often it was saved and published in it.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from broadsheet.articles.models import ArticlePage
from broadsheet.people.models import Person

from .engine import entries_enabled
from .entries import refresh_entries

# What an entry is made of, on the page row itself (tags and bylines come with publishing).
ENTRY_FIELDS = {
    "title", "standfirst", "body", "live", "first_published_at", "last_published_at", "path",
}  # fmt: skip

# The article ids waiting for the end of the innermost `entries_deferred()` block.
_deferred = ContextVar("deferred_entries", default=None)


@contextmanager
def entries_deferred():
    """Refresh the entries of the articles changed in the block once, when it ends.

    Run it inside the batch's transaction, so the entries commit with the articles. Nested blocks
    join the outermost one.
    """
    if _deferred.get() is not None:
        yield
        return
    pending = set()
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
    if pending:
        refresh_entries(pending)


def refresh_article(pk):
    pending = _deferred.get()
    if pending is not None:
        pending.add(pk)
    else:
        refresh_entries([pk])


def is_story(sender):
    """Articles and every story type built on them (live blogs): Wagtail and Django send each
    page's signals with its own class, so a receiver bound to ArticlePage alone would miss them."""
    return isinstance(sender, type) and issubclass(sender, ArticlePage)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def article_changed(sender, instance, **kwargs):
    if is_story(sender):
        refresh_article(instance.pk)


@receiver(post_save)
def article_saved(sender, instance, update_fields=None, **kwargs):
    """Also copies, imports and scripts that save a live article; not Wagtail's bookkeeping
    saves (a draft revision, a lock), which name their fields and touch none of the entry's."""
    if is_story(sender) and (update_fields is None or ENTRY_FIELDS & set(update_fields)):
        refresh_article(instance.pk)


def refresh_later(task, *args):
    if entries_enabled():
        task.enqueue(*args)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    from .tasks import refresh_entries_under

    path = Page.objects.filter(pk=instance.page_id).values_list("path", flat=True).first()
    if path:  # None when the page itself is being deleted: its articles' entries cascade
        refresh_later(refresh_entries_under, path)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, **kwargs):
    restriction_changed(sender, instance)


@receiver(pre_save, sender=Person)
def remember_name(sender, instance, **kwargs):
    if instance.pk and entries_enabled():
        instance._name_before = (
            Person.objects.filter(pk=instance.pk).values_list("name", flat=True).first()
        )


@receiver(post_save, sender=Person)
def person_saved(sender, instance, created, **kwargs):
    """A new name in a byline: that person's articles are found under it (and not the old one)."""
    from .tasks import refresh_entries_by

    if not created and getattr(instance, "_name_before", instance.name) != instance.name:
        refresh_later(refresh_entries_by, instance.pk)
