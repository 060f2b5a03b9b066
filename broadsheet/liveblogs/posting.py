"""Posting, editing, publishing and withdrawing entries: the one place that decides who may do what.

An entry follows the review rules of its live blog: whoever may publish the page (editors)
publishes an entry at once; anyone else who may post (reporters) posts it for an editor's
approval. Each change readers may see moves the entry's change time on, which is what the
"entries since" endpoint answers from, and purges the page and the endpoint from the page cache.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import TextChoices
from django.utils import timezone

from broadsheet.articles.models import ArticlePage
from broadsheet.paper.caching import purge

from .models import CONTENT_FIELDS, EntryEdit, EntryState, LiveBlogEntry

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


def may_edit(user, entry):
    """Editors edit any entry. A reporter edits their own waiting entry, and edits a published
    one for an editor's approval (readers keep the entry as it was until then)."""
    blog = entry.live_blog
    if not may_post(user, blog):
        return False
    if may_publish(user, blog):
        return True
    if entry.state == EntryState.SUBMITTED:
        return entry.posted_by_id == user.pk
    return entry.state == EntryState.PUBLISHED


def may_discard_edit(user, edit):
    """An editor discards any waiting edit; a reporter the one they made."""
    return may_publish(user, edit.entry.live_blog) or (
        edit.proposed_by_id == user.pk and may_post(user, edit.entry.live_blog)
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


class EditOutcome(TextChoices):
    PUBLISHED = "published", "Edit published: readers' pages show it shortly."
    WAITING = "waiting", "Edit posted for an editor's approval; readers see the entry as it was."
    SAVED = "saved", "Entry saved."


@transaction.atomic
def edit_entry(entry, user, content):
    """Edit `entry` to `content` (its fields as `LiveBlogEntry.content` gives them).

    The review rule of posting: an editor's edit of a published entry is published at once,
    timed as edited; a reporter's waits for an editor as an `EntryEdit`. An unpublished entry is
    edited in place. Return the `EditOutcome`.
    """
    if not may_edit(user, entry):
        raise PermissionDenied
    if entry.state == EntryState.PUBLISHED and not may_publish(user, entry.live_blog):
        EntryEdit.objects.update_or_create(
            entry=entry,
            defaults={"content": content, "proposed_by": user, "proposed_at": timezone.now()},
        )
        return EditOutcome.WAITING
    entry.take_content(content)
    if entry.state != EntryState.PUBLISHED:
        entry.save()
        return EditOutcome.SAVED
    published_edit(entry)
    return EditOutcome.PUBLISHED


def published_edit(entry):
    """Save an edit of a published entry: timed as edited, and readers' pages told."""
    EntryEdit.objects.filter(entry=entry).delete()  # superseded by what readers now see
    readers_see_change(entry)
    entry.edited_at = entry.changed_at
    entry.save()


@transaction.atomic
def publish_edit(entry, user):
    """Approve the edit waiting on `entry`: readers see the entry as the edit leaves it."""
    edit = EntryEdit.objects.filter(entry=entry).first()
    if not may_publish(user, entry.live_blog) or edit is None:
        raise PermissionDenied
    entry.take_content(edit.content)
    check_content(entry)
    if entry.state == EntryState.PUBLISHED:
        published_edit(entry)
    else:
        edit.delete()
        entry.save()
    return entry


def check_content(entry):
    """Check an edit kept for a while: its author or its photo may be gone since."""
    others = [f.name for f in entry._meta.fields if f.name not in CONTENT_FIELDS]
    try:
        entry.full_clean(exclude=others, validate_unique=False)
    except ValidationError as error:
        raise ValidationError(
            "The edit cannot be published as it is: " + " ".join(error.messages)
        ) from error


def discard_edit(entry, user):
    edit = EntryEdit.objects.filter(entry=entry).select_related("entry__live_blog").first()
    if edit is None or not may_discard_edit(user, edit):
        raise PermissionDenied
    edit.delete()


def delete_entry(entry, user):
    if not may_delete(user, entry):
        raise PermissionDenied
    entry.delete()


def entries_for_desk(blog):
    """Every entry of `blog` for the live desk, newest first, waiting ones included."""
    return (
        LiveBlogEntry.objects.filter(live_blog=blog)
        .select_related("author", "photo", "posted_by", "waiting_edit__proposed_by")
        .order_by("-posted_at", "-pk")
    )
