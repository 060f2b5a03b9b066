"""Keep the desk's item states in step with what happens to their articles elsewhere."""

from wagtail.signals import page_published

from .models import ItemState, WireItem


def mark_published(sender, instance, **kwargs):
    """An embargo that ran out, or an editor publishing from the page editor, publishes the item."""
    WireItem.objects.filter(
        article_id=instance.pk, state__in=[ItemState.HELD, ItemState.ON_DESK]
    ).update(state=ItemState.PUBLISHED)


page_published.connect(mark_published, dispatch_uid="wires-mark-published")
