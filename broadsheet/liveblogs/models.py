"""Live blogs: a story told as it happens, in timestamped entries posted without republishing."""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.models import Orderable

from broadsheet.articles.models import CHANGE_PANEL, ArticlePage
from broadsheet.photos.models import credit_line

# How many entries the page and one answer of the endpoint carry at most.
PAGE_ENTRIES = 200
SINCE_ENTRIES = 50


class EntryKind(models.TextChoices):
    TEXT = "text", "Text"
    PHOTO = "photo", "Photo"
    QUOTE = "quote", "Quote"
    EMBED = "embed", "Embed (a link to a post elsewhere)"


class EntryState(models.TextChoices):
    SUBMITTED = "submitted", "Waiting for an editor"
    PUBLISHED = "published", "Published"
    WITHDRAWN = "withdrawn", "Withdrawn"


class LiveBlogPage(ArticlePage):
    """A live blog: headline, summary, key points and entries, newest first, in any section."""

    coverage_start = models.DateTimeField(
        null=True, blank=True, help_text="When live coverage began; empty means first publication."
    )
    coverage_end = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Set when live coverage ends: readers' pages then stop checking for entries.",
    )

    content_panels = [
        TitleFieldPanel(
            "title",
            heading="Headline",
            placeholder="Headline*",
            help_text="The live blog's headline on the page, the front and in feeds.",
        ),
        FieldPanel("standfirst", heading="Summary"),
        InlinePanel("key_points", label="Key point", heading="Key points (pinned at the top)"),
        InlinePanel(
            "article_authors",
            label="Contributor",
            heading="Byline",
            help_text="Everyone credited, each with a role. The byline lists them by role "
            "(reporting first), in this order within a role.",
        ),
        MultiFieldPanel(
            [FieldPanel("coverage_start"), FieldPanel("coverage_end")], heading="Live coverage"
        ),
        MultiFieldPanel(
            [
                FieldPanel("dateline"),
                FieldPanel("weight"),
                FieldPanel("lead_photo", heading="Photo"),
                FieldPanel("lead_caption", heading="Caption"),
                FieldPanel("lead_credit", heading="Credit"),
            ],
            heading="Story",
        ),
        FieldPanel("tags"),
        CHANGE_PANEL,
    ]
    parent_page_types = ["articles.SectionPage"]
    subpage_types = []
    template = "liveblogs/live_blog_page.html"

    class Meta:
        verbose_name = "live blog"

    def save(self, *args, **kwargs):
        """Keep the update time at the newest public entry, whichever revision is published."""
        if self.pk:
            newest = self.entries.published().aggregate(newest=models.Max("changed_at"))["newest"]
            if newest and (self.updated_at is None or newest > self.updated_at):
                self.updated_at = newest
        return super().save(*args, **kwargs)

    @property
    def started_at(self):
        return self.coverage_start or self.first_published_at

    @property
    def has_ended(self):
        return self.coverage_end is not None and self.coverage_end <= timezone.now()

    @property
    def poll_seconds(self):
        """How often a reader's page asks for new entries; 0 once coverage has ended."""
        return 0 if self.has_ended else settings.BROADSHEET_LIVEBLOG_POLL_SECONDS

    @cached_property
    def public_entries(self):
        return list(self.entries.published().for_display()[:PAGE_ENTRIES])

    def cursor(self):
        """The change cursor readers' pages start from: the newest change any reader can see."""
        return entry_cursor(
            self.entries.public_changes().aggregate(c=models.Max("changed_at"))["c"]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = self.public_entries
        context["key_points"] = list(self.key_points.all())
        return context


class KeyPoint(Orderable):
    live_blog = ParentalKey(LiveBlogPage, on_delete=models.CASCADE, related_name="key_points")
    text = models.CharField(max_length=280)

    panels = [FieldPanel("text")]

    def __str__(self):
        return self.text


class EntryQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: published entries, newest first."""
        return self.filter(state=EntryState.PUBLISHED).order_by("-posted_at", "-pk")

    def public_changes(self):
        """Entries whose change readers are told of: published ones and withdrawn ones."""
        return self.filter(state__in=[EntryState.PUBLISHED, EntryState.WITHDRAWN])

    def for_display(self):
        """Load what an entry shows (author, photo and its renditions) without a query each."""
        from broadsheet.photos.models import Photo

        return self.select_related("author", "photo").prefetch_related(
            models.Prefetch("photo__renditions", queryset=Photo.get_rendition_model().objects.all())
        )


class LiveBlogEntry(models.Model):
    """One timestamped entry: text, a photo, a quote or an embedded post, with its author."""

    live_blog = models.ForeignKey(LiveBlogPage, on_delete=models.CASCADE, related_name="entries")
    kind = models.CharField(max_length=10, choices=EntryKind.choices, default=EntryKind.TEXT)
    state = models.CharField(
        max_length=10, choices=EntryState.choices, default=EntryState.SUBMITTED
    )
    author = models.ForeignKey(
        "people.Person", on_delete=models.PROTECT, related_name="live_blog_entries"
    )
    headline = models.CharField(max_length=140, blank=True, help_text="Optional, in bold.")
    text = models.TextField(
        blank=True, max_length=5000, help_text="Paragraphs separated by an empty line."
    )
    photo = models.ForeignKey(
        "photos.Photo", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    quote = models.TextField(blank=True, max_length=600)
    attribution = models.CharField(max_length=140, blank=True, help_text="Who said it.")
    embed_url = models.URLField(
        blank=True, help_text="The address of the post (shown as a link; the page loads nothing)."
    )
    posted_at = models.DateTimeField(default=timezone.now, db_index=True)
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(
        null=True, blank=True, help_text="When the published entry was last edited."
    )
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = EntryQuerySet.as_manager()

    class Meta:
        verbose_name = "live blog entry"
        verbose_name_plural = "live blog entries"
        indexes = [models.Index(fields=["live_blog", "state", "changed_at"])]

    def __str__(self):
        return self.headline or self.text[:60] or self.quote[:60] or self.get_kind_display()

    def get_absolute_url(self):
        return f"{self.live_blog.url}#{self.anchor}"

    def clean(self):
        required = {
            EntryKind.TEXT: ("text", "Write the entry's text."),
            EntryKind.PHOTO: ("photo", "Choose the photo."),
            EntryKind.QUOTE: ("quote", "Write the quote."),
            EntryKind.EMBED: ("embed_url", "Give the address of the post."),
        }
        field, message = required[self.kind]
        if not getattr(self, field if field != "photo" else "photo_id"):
            raise ValidationError({field: message})

    @property
    def anchor(self):
        return f"entry-{self.pk}"

    @property
    def template(self):
        """Each kind renders through its own template: liveblogs/entries/<kind>.html."""
        return f"liveblogs/entries/{self.kind}.html"

    @property
    def embed_host(self):
        return urlsplit(self.embed_url).hostname or ""

    @property
    def caption(self):
        return self.text or (self.photo.caption if self.photo else "")

    @property
    def credit(self):
        return credit_line(self.photo.credit if self.photo else "")

    @property
    def cursor(self):
        return entry_cursor(self.changed_at)

    def content(self):
        """What an edit may change, as JSON-ready data (`EntryEdit.content`)."""
        return {field.attname: getattr(self, field.attname) for field in self.content_fields()}

    def take_content(self, content):
        """Take the fields of `content` (from `content()` or an `EntryEdit`)."""
        for field in self.content_fields():
            if field.attname in content:
                setattr(self, field.attname, content[field.attname])

    @classmethod
    def content_fields(cls):
        return [cls._meta.get_field(name) for name in CONTENT_FIELDS]

    def summary(self):
        """The entry as plain words, for structured data and feeds."""
        parts = [self.headline, self.text, self.quote and f"“{self.quote}” {self.attribution}"]
        if self.kind == EntryKind.EMBED:
            parts.append(self.embed_url)
        return " ".join(part.strip() for part in parts if part).strip()


# What the desk's form edits: the entry as readers read it.
CONTENT_FIELDS = (
    "kind",
    "author",
    "headline",
    "text",
    "photo",
    "quote",
    "attribution",
    "embed_url",
)


class EntryEdit(models.Model):
    """A reporter's edit of a published entry, waiting for an editor; readers see the entry as it was.

    One per entry: a later edit replaces the waiting one.
    """

    entry = models.OneToOneField(
        LiveBlogEntry, on_delete=models.CASCADE, related_name="waiting_edit"
    )
    content = models.JSONField(help_text="The entry's fields as the edit leaves them.")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    proposed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "waiting edit of an entry"

    def __str__(self):
        return f"Edit of {self.entry}"

    def proposed(self):
        """The entry as the edit would leave it, unsaved: what the desk shows of it."""
        return LiveBlogEntry(**self.content)


def entry_cursor(moment):
    """A change time as the integer readers' pages send back: microseconds since 1970."""
    if moment is None:
        return 0
    return int(moment.timestamp() * 1_000_000)


def moment_of(cursor):
    """The change time of a cursor: the inverse of `entry_cursor`."""
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=cursor)
