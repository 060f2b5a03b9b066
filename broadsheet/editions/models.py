"""The printed edition: one per paper per day, its pages as images, and the stories on them."""

from datetime import time

from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="doc-full")
class EditionSettings(BaseSiteSetting):
    """When the day's edition is built, and how many pages it has."""

    build_enabled = models.BooleanField(
        default=True, help_text="Build the day's edition automatically at the build time."
    )
    build_time = models.TimeField(
        default=time(5, 0), help_text="Local time (the paper's time zone) the edition is built."
    )
    page_count = models.PositiveSmallIntegerField(
        default=16,
        help_text="Pages in each edition (a multiple of 4 prints best; 4 to 48).",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("build_enabled"), FieldPanel("build_time"), FieldPanel("page_count")],
            heading="Today's Paper",
        )
    ]

    class Meta:
        verbose_name = "edition settings"

    def __str__(self):
        return "Edition settings"

    def clean(self):
        from django.core.exceptions import ValidationError

        if not 4 <= self.page_count <= 48:
            raise ValidationError({"page_count": "An edition has between 4 and 48 pages."})


class EditionStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    BUILDING = "building", "Building"
    READY = "ready", "Ready"
    FAILED = "failed", "Failed"


class EditionQuerySet(models.QuerySet):
    def ready(self):
        return self.filter(status=EditionStatus.READY, page_count__gt=0)

    def for_site(self, site):
        return self.filter(site=site)


def edition_path(edition, filename):
    return f"editions/{edition.site_id}/{edition.date:%Y-%m-%d}/{filename}"


def page_path(page, filename):
    return edition_path(page.edition, filename)


class Edition(models.Model):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    date = models.DateField()
    number = models.PositiveIntegerField(help_text="The paper's running edition number.")
    status = models.CharField(
        max_length=20, choices=EditionStatus.choices, default=EditionStatus.PLANNED
    )
    locked = models.BooleanField(
        default=False, help_text="A locked edition is never rebuilt, by hand or by the schedule."
    )
    target_pages = models.PositiveSmallIntegerField(default=16)
    page_count = models.PositiveSmallIntegerField(default=0)
    pdf = models.FileField(upload_to=edition_path, blank=True)
    built_at = models.DateTimeField(null=True, blank=True)
    build_seconds = models.FloatField(null=True, blank=True)
    build_step = models.PositiveSmallIntegerField(
        default=0, help_text="How far the current or last build got (of the build's steps)."
    )
    build_stage = models.CharField(max_length=100, blank=True, help_text="What the build is doing.")
    error = models.TextField(blank=True)

    objects = EditionQuerySet.as_manager()

    class Meta:
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["site", "date"], name="one_edition_per_site_and_day")
        ]

    def __str__(self):
        return f"Edition {self.number}, {self.date:%-d %B %Y}"

    def get_absolute_url(self):
        return reverse("editions:edition", kwargs={"day": self.date.isoformat()})

    @property
    def is_ready(self):
        return self.status == EditionStatus.READY

    @property
    def cover(self):
        """The front page, when the pages are already loaded."""
        pages = getattr(self, "_prefetched_objects_cache", {}).get("pages")
        if pages is not None:
            return pages[0] if pages else None
        return self.pages.order_by("number").first()


class EditionPage(models.Model):
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveSmallIntegerField(help_text="The folio: 1 is the front page.")
    section = models.CharField(max_length=100, blank=True, help_text="The running head.")
    image = models.ImageField(upload_to=page_path, width_field="width", height_field="height")
    # The page at a phone's width, so a phone does not fetch the full image (blank in editions built before it existed).
    phone = models.ImageField(
        upload_to=page_path, blank=True, width_field="phone_width", height_field="phone_height"
    )
    thumbnail = models.ImageField(
        upload_to=page_path, width_field="thumbnail_width", height_field="thumbnail_height"
    )
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    phone_width = models.PositiveIntegerField(default=0)
    phone_height = models.PositiveIntegerField(default=0)
    thumbnail_width = models.PositiveIntegerField(default=0)
    thumbnail_height = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "number"], name="one_page_per_folio")
        ]

    def __str__(self):
        return f"Page {self.number}"


class EditionRegion(models.Model):
    """Where a story (or part of one) sits on a page, as fractions of the page's size."""

    page = models.ForeignKey(EditionPage, on_delete=models.CASCADE, related_name="regions")
    article = models.ForeignKey(
        "articles.ArticlePage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    headline = models.CharField(max_length=255)
    url = models.CharField(max_length=500, help_text="The web article's path when built.")
    part = models.CharField(
        max_length=20,
        choices=[("whole", "Whole story"), ("start", "Start"), ("continuation", "Continuation")],
        default="whole",
    )
    jump_page = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Where a start continues, or where a continuation began."
    )
    left = models.FloatField()
    top = models.FloatField()
    width = models.FloatField()
    height = models.FloatField()

    class Meta:
        ordering = ["top", "left"]

    def __str__(self):
        return f"{self.headline} on page {self.page.number}"

    @property
    def style(self):
        """Percent offsets for a positioned link over the page image."""
        return {
            "left": round(self.left * 100, 3),
            "top": round(self.top * 100, 3),
            "width": round(self.width * 100, 3),
            "height": round(self.height * 100, 3),
        }


class EditionStory(models.Model):
    """An editor's running order for an edition not yet built: the stories, in order, or dropped."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="stories")
    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField()
    dropped = models.BooleanField(default=False)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "article"], name="one_entry_per_story")
        ]

    def __str__(self):
        return str(self.article)
