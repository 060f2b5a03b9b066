"""Turn Wagtail's publishing signals into webhook deliveries for articles."""

from django.db import transaction
from django.utils import timezone
from wagtail.signals import page_published, page_unpublished

from broadsheet.paper.lookups import remembered
from broadsheet.paper.restrictions import restrictions_for

from .models import Delivery, PublicationRecord, Webhook, WebhookEvent
from .payloads import article_payload
from .tasks import enqueue_delivery


def webhooks_for(event):
    """The active webhooks that want `event`; read once per batch inside `lookups_remembered()`.

    A webhook added or switched off while a batch runs counts from the next one.
    """
    known = remembered("webhooks by event")
    if known is None:
        return list(Webhook.objects.active().for_event(event))
    if event not in known:
        known[event] = list(Webhook.objects.active().for_event(event))
    return known[event]


def queue_event(event, article):
    """Log a delivery of `event` for each active webhook that wants it; send after commit."""
    webhooks = webhooks_for(event)
    if not webhooks:
        return  # nobody to tell: the payload is not worth its queries
    payload = {
        "event": event.value,
        "occurred_at": timezone.now().isoformat(),
        "article": article_payload(article, live=event != WebhookEvent.UNPUBLISHED),
    }
    deliveries = Delivery.objects.bulk_create(
        Delivery(webhook=webhook, event=event, article_id=article.pk, payload=payload)
        for webhook in webhooks
    )
    for delivery in deliveries:
        transaction.on_commit(lambda pk=delivery.pk: enqueue_delivery(pk))


def on_page_published(sender, instance, **kwargs):
    from broadsheet.articles.models import ArticlePage

    if not isinstance(instance, ArticlePage):
        return
    if not instance.live or instance.has_expired or restrictions_for(instance):
        return  # what readers may not see (`published()`) is not announced
    from broadsheet.articles.changes import is_first_publication

    # A page published for the first time as it is created has no changes recorded yet.
    corrections = 0 if is_first_publication(instance) else instance.changes.corrections().count()
    record = PublicationRecord.objects.filter(article_id=instance.pk).first()
    if record is None or not record.is_live:
        events = [WebhookEvent.PUBLISHED]
    elif corrections > record.corrections:
        events = [WebhookEvent.CORRECTED]
    else:
        events = [WebhookEvent.UPDATED]
    # One upsert: no savepoint, and safe against a second first publish racing this one.
    PublicationRecord.objects.bulk_create(
        [PublicationRecord(article_id=instance.pk, is_live=True, corrections=corrections)],
        update_conflicts=True,
        unique_fields=["article_id"],
        update_fields=["is_live", "corrections"],
    )
    for event in events:
        queue_event(event, instance)


def on_page_unpublished(sender, instance, **kwargs):
    from broadsheet.articles.models import ArticlePage

    if not isinstance(instance, ArticlePage):
        return
    updated = PublicationRecord.objects.filter(article_id=instance.pk, is_live=True).update(
        is_live=False
    )
    if updated:
        queue_event(WebhookEvent.UNPUBLISHED, instance)


page_published.connect(on_page_published, dispatch_uid="broadsheet.webhooks.published")
page_unpublished.connect(on_page_unpublished, dispatch_uid="broadsheet.webhooks.unpublished")
