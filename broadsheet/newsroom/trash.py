"""The trash: a deleted page is taken down and kept for TRASH_DAYS, restorable where it was.

Moving a page to the trash unpublishes it and everything under it (so every public surface drops
it through the usual unpublish signals), cancels its schedule and its review, and moves it under
the `TrashPage` beside the home page, where no site serves it. Restoring moves it back under its
old parent with the same slug, so it returns at the same address, and republishes what was live.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.actions.move_page import MovePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Page, Revision, WorkflowState

from .models import TRASH_DAYS, TrashedPage, TrashPage

__all__ = ["TRASH_DAYS", "in_trash", "move_to_trash", "purge", "purge_expired", "restore"]


def trash_root():
    """Return the trash's container page, creating it beside the home page on first use."""
    trash = TrashPage.objects.first()
    if trash is None:
        trash = Page.get_first_root_node().add_child(
            instance=TrashPage(title="Trash", slug="trash", live=False)
        )
    return trash


def in_trash(page):
    """Tell whether `page` is in the trash or under a page that is."""
    trash = TrashPage.objects.first()
    return trash is not None and page.path.startswith(trash.path) and page.pk != trash.pk


@transaction.atomic
def move_to_trash(page, user=None):
    """Take `page` and its descendants down and move them into the trash; return the item."""
    pages = list(page.get_descendants(inclusive=True).specific())
    page_ids = [each.pk for each in pages]
    item = TrashedPage.objects.create(
        page=page,
        parent=page.get_parent(),
        trashed_by=user,
        live_revisions={
            str(each.pk): each.live_revision_id
            for each in pages
            if each.live and each.live_revision_id
        },
    )
    Revision.page_revisions.filter(
        object_id__in=[str(pk) for pk in page_ids], approved_go_live_at__isnull=False
    ).update(approved_go_live_at=None)
    for state in WorkflowState.objects.active().filter(
        base_content_type=page.get_base_content_type(), object_id__in=[str(pk) for pk in page_ids]
    ):
        state.cancel(user=user)
    for each in pages:
        if each.live:
            UnpublishPageAction(each, user=user, include_descendants=False).execute(
                skip_permission_checks=True
            )
    MovePageAction(Page.objects.get(pk=page.pk), trash_root(), pos="last-child", user=user).execute(
        skip_permission_checks=True
    )
    return item


@transaction.atomic
def restore(item, user=None):
    """Move the item's page back where it was and republish what was live; return the page."""
    parent = item.parent
    if parent is None or in_trash(parent):
        raise ValidationError(
            "The section this story was in is gone or in the trash; restore that first."
        )
    page = item.page.specific
    if parent.get_children().filter(slug=page.slug).exists():
        raise ValidationError(
            f"Another page in {parent.title} already has the address “{page.slug}”; "
            "rename or delete that one first."
        )
    MovePageAction(page, parent, pos="last-child", user=user).execute(skip_permission_checks=True)
    for revision in Revision.page_revisions.filter(
        pk__in=[pk for pk in item.live_revisions.values() if pk]
    ):
        revision.publish(user=user, skip_permission_checks=True)
    item.delete()
    return Page.objects.get(pk=page.pk).specific


@transaction.atomic
def purge(item, user=None):
    """Delete the item's page and everything under it for good."""
    page = item.page.specific
    page.delete(user=user)


def purge_expired(now=None):
    """Delete for good every item kept longer than TRASH_DAYS; return how many."""
    expired = list(TrashedPage.objects.expired(now).select_related("page"))
    for item in expired:
        purge(item)
    return len(expired)
