"""Newsletters, subscribers and their consent, digest issues and the delivery ledger."""

import secrets
from datetime import time, timedelta

from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def new_token():
    """Return an opaque, unguessable token for links in emails."""
    return secrets.token_urlsafe(24)


class NewsletterKind(models.TextChoices):
    DAILY = "daily", "Daily digest of the front page"
    OPINION = "opinion", "Weekly opinion round-up"


class Newsletter(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)
    description = models.CharField(max_length=255, blank=True)
    kind = models.CharField(max_length=20, choices=NewsletterKind.choices)
    automatic = models.BooleanField(
        default=False, help_text="Built and sent every day at the time set in newsletter settings."
    )
    signup_default = models.BooleanField(
        default=False, help_text="Readers who sign up in the page footer get this newsletter."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class SubscriberState(models.TextChoices):
    PENDING = "pending", "Pending confirmation"
    CONFIRMED = "confirmed", "Confirmed"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
    SUPPRESSED = "suppressed", "Suppressed"


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(state=SubscriberState.CONFIRMED)

    def receiving(self, newsletter):
        """Return the confirmed subscribers with an active subscription to `newsletter`."""
        return self.confirmed().filter(
            subscriptions__newsletter=newsletter, subscriptions__active=True
        )


class Subscriber(models.Model):
    email = models.EmailField(max_length=255, unique=True)
    state = models.CharField(
        max_length=20, choices=SubscriberState.choices, default=SubscriberState.PENDING
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    confirmation_nonce = models.CharField(max_length=64, blank=True, editable=False)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    suppressed_reason = models.CharField(max_length=255, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    def get_preferences_url(self):
        from django.urls import reverse

        return reverse("newsletter:preferences", args=[self.token])

    def newsletters(self):
        return [s.newsletter for s in self.subscriptions.filter(active=True)]

    def requested_newsletters(self):
        """The newsletters asked for and waiting for this subscriber's confirmation."""
        waiting = self.subscriptions.filter(active=False, requested_at__isnull=False)
        return [s.newsletter for s in waiting.select_related("newsletter")]

    @property
    def newsletter_names(self):
        return ", ".join(n.name for n in self.newsletters())


class Subscription(models.Model):
    """A subscriber's wish to receive one newsletter; it counts once the subscriber confirmed."""

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="subscriptions"
    )
    newsletter = models.ForeignKey(
        Newsletter, on_delete=models.CASCADE, related_name="subscriptions"
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)
    requested_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Asked for on the sign-up form and waiting for the reader's confirmation.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "newsletter"], name="one_subscription_per_newsletter"
            )
        ]

    def __str__(self):
        return f"{self.subscriber} → {self.newsletter}"


class ConsentAction(models.TextChoices):
    REQUESTED = "requested", "Asked to subscribe"
    CONFIRMED = "confirmed", "Confirmed by email"
    CHANGED = "changed", "Changed preferences"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
    SUPPRESSED = "suppressed", "Suppressed (bounce or complaint)"


class Consent(models.Model):
    """What a subscriber agreed to or withdrew, when, and from which page."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    newsletter = models.ForeignKey(
        Newsletter, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, choices=ConsentAction.choices)
    at = models.DateTimeField(default=timezone.now)
    source = models.CharField(max_length=500, blank=True, help_text="The page or link used.")

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return (
            f"{self.subscriber}: {self.action} {self.newsletter or ''} at {self.at:%Y-%m-%d %H:%M}"
        )


class IssueStatus(models.TextChoices):
    DRAFT = "draft", "Waiting to go"
    SENDING = "sending", "Sending"
    SENT = "sent", "Submitted"
    HELD = "held", "Held"


class Issue(models.Model):
    """One edition of a newsletter: its stories, an optional intro, and when it goes."""

    newsletter = models.ForeignKey(Newsletter, on_delete=models.PROTECT, related_name="issues")
    day = models.DateField()
    subject = models.CharField(max_length=200)
    intro = models.TextField(blank=True, help_text="A short note above the stories (optional).")
    stories = models.JSONField(default=list, editable=False)
    status = models.CharField(max_length=20, choices=IssueStatus.choices, default=IssueStatus.DRAFT)
    send_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When it goes by itself; empty means only when sent by hand.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-day", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["newsletter", "day"], name="one_issue_per_day")
        ]

    def __str__(self):
        return f"{self.newsletter} — {self.day:%-d %B %Y}"

    def counts(self):
        """Return the ledger's rows counted by state: queued, sent, failed, suppressed."""
        return Delivery.objects.filter(issue=self).counts()


class DeliveryState(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENDING = "sending", "Being submitted"
    UNCONFIRMED = "unconfirmed", "Submitted, reply not seen"
    SENT = "sent", "Submitted"
    FAILED = "failed", "Failed"
    SUPPRESSED = "suppressed", "Suppressed"


class DeliveryQuerySet(models.QuerySet):
    def counts(self):
        queued = Q(state__in=[DeliveryState.QUEUED, DeliveryState.SENDING])
        return self.aggregate(
            queued=Count("pk", filter=queued),
            sent=Count("pk", filter=Q(state__in=[DeliveryState.SENT, DeliveryState.UNCONFIRMED])),
            failed=Count("pk", filter=Q(state=DeliveryState.FAILED)),
            suppressed=Count("pk", filter=Q(state=DeliveryState.SUPPRESSED)),
        )

    def due(self, now, claim_timeout):
        """Rows ready to claim: queued and due, or left `sending` by a worker that vanished."""
        return self.filter(
            Q(state=DeliveryState.QUEUED, next_attempt_at__lte=now)
            | Q(state=DeliveryState.SENDING, claimed_at__lt=now - claim_timeout)
        )


class Delivery(models.Model):
    """The ledger row for one (issue, subscriber): created before sending, claimed to send."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    state = models.CharField(
        max_length=20, choices=DeliveryState.choices, default=DeliveryState.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claim = models.CharField(max_length=32, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscriber"], name="one_delivery_per_issue")
        ]
        indexes = [models.Index(fields=["issue", "state", "next_attempt_at"])]

    def __str__(self):
        return f"{self.issue} → {self.subscriber_id}: {self.state}"


@register_setting(icon="mail")
class NewsletterSettings(BaseSiteSetting):
    digest_time = models.TimeField(
        default=time(6, 0),
        help_text="When the daily briefing is built, in the paper's time zone.",
    )
    review_minutes = models.PositiveIntegerField(
        default=30,
        help_text="Minutes editors have to preview it and edit its intro before it goes by itself.",
    )
    digest_enabled = models.BooleanField(default=True, help_text="Build the daily briefing.")
    story_count = models.PositiveSmallIntegerField(default=6)

    panels = [
        FieldPanel("digest_enabled"),
        FieldPanel("digest_time"),
        FieldPanel("review_minutes"),
        FieldPanel("story_count"),
    ]

    class Meta:
        verbose_name = "newsletter settings"

    def __str__(self):
        return "Newsletter settings"

    @property
    def review_window(self):
        return timedelta(minutes=self.review_minutes)
