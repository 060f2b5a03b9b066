"""Webhooks: addresses editors register per publishing event, and the log of each delivery."""

import secrets

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class WebhookEvent(models.TextChoices):
    PUBLISHED = "published", "Published"
    UPDATED = "updated", "Updated"
    UNPUBLISHED = "unpublished", "Unpublished"
    CORRECTED = "corrected", "Corrected"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RETRYING = "retrying", "Retrying"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"


def new_secret():
    return secrets.token_hex(32)


def validate_webhook_url(url):
    """Accept only http(s) URLs without credentials in them."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValidationError("Give a full http:// or https:// address.")
    if parts.username or parts.password:
        raise ValidationError("Do not put a user name or password in the address.")


class WebhookQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def for_event(self, event):
        return self.filter(**{f"on_{WebhookEvent(event).value}": True})


class Webhook(models.Model):
    """A partner's address that hears about articles as they are published, updated and so on."""

    name = models.CharField(max_length=120, help_text="Who receives this, e.g. 'Partner app'.")
    url = models.URLField(
        max_length=500, validators=[validate_webhook_url], help_text="Where deliveries are POSTed."
    )
    secret = models.CharField(
        max_length=128,
        default=new_secret,
        help_text="Shared with the receiver, who checks each delivery's signature with it.",
    )
    on_published = models.BooleanField("Published", default=True)
    on_updated = models.BooleanField("Updated", default=True)
    on_unpublished = models.BooleanField("Unpublished", default=True)
    on_corrected = models.BooleanField("Corrected", default=True)
    is_active = models.BooleanField("Active", default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = WebhookQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("secret"),
        MultiFieldPanel(
            [
                FieldPanel("on_published"),
                FieldPanel("on_updated"),
                FieldPanel("on_unpublished"),
                FieldPanel("on_corrected"),
            ],
            heading="Events",
        ),
        FieldPanel("is_active"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def events(self):
        return [event for event in WebhookEvent if getattr(self, f"on_{event.value}")]


class Delivery(models.Model):
    """One event sent (or being sent) to one webhook, with how its attempts went."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=20, choices=WebhookEvent.choices)
    article_id = models.PositiveBigIntegerField(help_text="The article the event is about.")
    payload = models.JSONField()
    status = models.CharField(
        max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "deliveries"

    def __str__(self):
        return f"{self.get_event_display()} → {self.webhook} ({self.get_status_display()})"


class PublicationRecord(models.Model):
    """What the webhooks last announced about an article, to tell a first publish from an update."""

    article_id = models.PositiveBigIntegerField(primary_key=True)
    is_live = models.BooleanField(default=False)
    corrections = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"article {self.article_id}"
