"""Keep the desk's item states in step with what happens to their articles elsewhere."""

from contextlib import contextmanager
from contextvars import ContextVar

from wagtail.signals import page_published

from .models import ItemState, WireItem

# Set while the ingest or the desk writes an item's article: they set the item's state themselves.
states_set_by_caller = ContextVar("wire_states_set_by_caller", default=False)


@contextmanager
def item_state_set_here():
    token = states_set_by_caller.set(True)
    try:
        yield
    finally:
        states_set_by_caller.reset(token)


def mark_published(sender, instance, **kwargs):
    """An embargo that ran out, or an editor publishing from the page editor, publishes the item."""
    if states_set_by_caller.get():
        return
    WireItem.objects.filter(
        article_id=instance.pk, state__in=[ItemState.HELD, ItemState.ON_DESK]
    ).update(state=ItemState.PUBLISHED)


page_published.connect(mark_published, dispatch_uid="wires-mark-published")
