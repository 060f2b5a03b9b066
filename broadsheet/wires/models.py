"""Agencies, the items they send with every version kept, and the files we could not read."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .items import PubStatus


class Agency(models.Model):
    name = models.CharField(max_length=60, unique=True, help_text="As the byline shows it.")
    folder = models.CharField(
        max_length=500,
        blank=True,
        help_text="A folder on the server the agency's files arrive in; read files move to done/ "
        "or quarantine/ beside them.",
    )
    feed_url = models.URLField(
        max_length=500, blank=True, help_text="An RSS, Atom, ninjs or NewsML-G2 address to pull."
    )
    poll_minutes = models.PositiveSmallIntegerField(
        default=5, help_text="How often the feed address is pulled."
    )
    publish_on_arrival = models.BooleanField(
        default=False,
        help_text="Publish the agency's stories at once (or at their embargo) instead of leaving "
        "them on the wire desk for an editor.",
    )
    default_section = models.ForeignKey(
        "articles.SectionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where the agency's stories go; the first section when empty.",
    )
    # The feed's validators and the last pull, kept so a pull asks only for what changed.
    feed_etag = models.CharField(max_length=200, blank=True, editable=False)
    feed_last_modified = models.CharField(max_length=100, blank=True, editable=False)
    feed_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    feed_error = models.TextField(blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("default_section"),
        FieldPanel("publish_on_arrival"),
        MultiFieldPanel(
            [FieldPanel("folder"), FieldPanel("feed_url"), FieldPanel("poll_minutes")],
            heading="How copy arrives",
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"

    def __str__(self):
        return self.name

    def clean(self):
        if self.feed_url and not self.feed_url.startswith(("http://", "https://")):
            raise ValidationError({"feed_url": "Give an http or https address."})

    def feed_due(self, now=None):
        """Tell whether the feed address should be pulled now."""
        if not self.feed_url:
            return False
        if self.feed_polled_at is None:
            return True
        now = now or timezone.now()
        return (now - self.feed_polled_at).total_seconds() >= self.poll_minutes * 60


class ItemState(models.TextChoices):
    ON_DESK = "on_desk", "On the desk"
    HELD = "held", "Held (embargo)"
    PUBLISHED = "published", "Published"
    KILLED = "killed", "Killed"
    WITHHELD = "withheld", "Withheld"
    SPIKED = "spiked", "Spiked"


class WireItemQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-received_at", "-pk")

    def for_agency(self, agency):
        return self.filter(agency=agency)


class WireItem(models.Model):
    """One agency item across its versions, and the article it became."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="items")
    guid = models.CharField(max_length=500)
    version = models.PositiveIntegerField(default=0)
    headline = models.CharField(max_length=255, blank=True)
    state = models.CharField(max_length=20, choices=ItemState.choices, default=ItemState.ON_DESK)
    reason = models.TextField(blank=True, help_text="Why the item is off the public site.")
    article = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="wire_items",
    )
    received_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = WireItemQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "guid"], name="unique_item_per_agency")
        ]

    def __str__(self):
        return self.headline or self.guid

    @property
    def is_off_air(self):
        return self.state in {ItemState.KILLED, ItemState.WITHHELD, ItemState.SPIKED}


class WireVersion(models.Model):
    """One version of an item as it arrived, kept for the desk's history and diff."""

    item = models.ForeignKey(WireItem, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    pubstatus = models.CharField(max_length=20, choices=PubStatus.choices)
    format = models.CharField(max_length=20, blank=True)
    headline = models.CharField(max_length=255, blank=True)
    standfirst = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    byline = models.CharField(max_length=255, blank=True)
    dateline = models.CharField(max_length=255, blank=True)
    version_created = models.DateTimeField(null=True, blank=True)
    embargoed_until = models.DateTimeField(null=True, blank=True)
    file_name = models.CharField(max_length=500, blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    # Everything else the version said (subjects, pictures, copyright...), to write it up later.
    story = models.JSONField(default=dict, blank=True)
    photo = models.ForeignKey(
        "photos.Photo", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["item", "version"], name="unique_version_per_item")
        ]

    def __str__(self):
        return f"{self.item} v{self.version}"


class QuarantineQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(resolved_at__isnull=True)


class QuarantinedFile(models.Model):
    """A file the ingest could not read, with the reason and its bytes for a retry."""

    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.CASCADE, related_name="quarantine"
    )
    file_name = models.CharField(max_length=500)
    reason = models.TextField()
    content = models.BinaryField(blank=True, help_text="Empty when the file was too big to keep.")
    size = models.PositiveBigIntegerField(default=0)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    retried_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    objects = QuarantineQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"{self.file_name}: {self.reason}"


class ImportedPage(models.Model):
    """A web page imported as an article, so that importing it again updates that article."""

    # The page's canonical address, else the address it was fetched from, else "file:" + name.
    source = models.CharField(max_length=1000, unique=True)
    article = models.OneToOneField(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="imported_from"
    )
    imported_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.source
