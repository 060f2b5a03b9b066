"""Posting, publishing and withdrawing entries: the one place that decides who may do what.

An entry follows the review rules of its live blog: whoever may publish the page (editors)
publishes an entry at once; anyone else who may post (reporters) posts it for an editor's
approval. Each change readers may see moves the entry's change time on, which is what the
"entries since" endpoint answers from, and purges the page and the endpoint from the page cache.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from broadsheet.articles.models import ArticlePage
from broadsheet.paper.caching import purge

from .models import EntryState, LiveBlogEntry

POST_PERMISSION = "liveblogs.add_liveblogentry"


def may_post(user, blog):
    """Reporters and editors post entries to any live blog they can see in the admin."""
    return user.is_active and user.has_perm(POST_PERMISSION) and blog.live


def may_publish(user, blog):
    """The same rule as the page's: whoever may publish the live blog publishes its entries."""
    return blog.permissions_for_user(user).can_publish()


def may_delete(user, entry):
    """A reporter deletes their own entry until it is published; an editor any unpublished one."""
    if entry.state == EntryState.PUBLISHED:
        return False
    return may_publish(user, entry.live_blog) or (
        entry.posted_by_id == user.pk and entry.state == EntryState.SUBMITTED
    )


def readers_see_change(entry):
    """Tell readers' pages: new change time, a fresh update time, both caches purged."""
    now = timezone.now()
    entry.changed_at = now
    ArticlePage.objects.filter(pk=entry.live_blog_id).update(updated_at=now)
    keys = [f"page-{entry.live_blog_id}", "feeds", "sitemaps"]
    transaction.on_commit(lambda: purge(*keys))


@transaction.atomic
def post_entry(blog, user, entry):
    """Save the unsaved `entry` on `blog` from `user`: published at once or for review."""
    if not may_post(user, blog):
        raise PermissionDenied
    entry.live_blog = blog
    entry.posted_by = user
    entry.posted_at = timezone.now()
    if may_publish(user, blog):
        entry.state = EntryState.PUBLISHED
        entry.published_by = user
        readers_see_change(entry)
    else:
        entry.state = EntryState.SUBMITTED
        entry.changed_at = entry.posted_at
    entry.save()
    return entry


@transaction.atomic
def publish_entry(entry, user):
    """Approve a waiting entry (or bring back a withdrawn one); it goes to the top, timed now."""
    if not may_publish(user, entry.live_blog) or entry.state == EntryState.PUBLISHED:
        raise PermissionDenied
    if entry.state == EntryState.SUBMITTED:
        entry.posted_at = timezone.now()
    entry.state = EntryState.PUBLISHED
    entry.published_by = user
    readers_see_change(entry)
    entry.save()
    return entry


@transaction.atomic
def withdraw_entry(entry, user):
    """Take a published entry off the page; open pages drop it on their next check."""
    if not may_publish(user, entry.live_blog) or entry.state != EntryState.PUBLISHED:
        raise PermissionDenied
    entry.state = EntryState.WITHDRAWN
    readers_see_change(entry)
    entry.save()
    return entry


def delete_entry(entry, user):
    if not may_delete(user, entry):
        raise PermissionDenied
    entry.delete()


def entries_for_desk(blog):
    """Every entry of `blog` for the live desk, newest first, waiting ones included."""
    return (
        LiveBlogEntry.objects.filter(live_blog=blog)
        .select_related("author", "photo", "posted_by")
        .order_by("-posted_at", "-pk")
    )
