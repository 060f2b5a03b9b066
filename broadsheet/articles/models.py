"""Sections and the articles published in them."""

from datetime import timedelta
from urllib.parse import quote

from django import forms
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from broadsheet.paper.caching import CORRECTIONS_KEY, RELATED_KEY, SITE_KEY, cached_per_generation
from broadsheet.paper.listing import paginate
from broadsheet.paper.pages import PublicPage
from broadsheet.paper.restrictions import restricted_q
from broadsheet.photos.models import caption_and_credit

from .blocks import ArticleBodyBlock
from .bylines import Byline, ContributorRole
from .sanitise import clean_body

# Root (1) > home page (2) > section (3) > article (4).
SECTION_DEPTH = 3
OPINION_WIDGET_SIZE = 5
# Related stories are found among those published this long either side of a story.
RELATED_WINDOW = timedelta(days=60)
# Stored renders are made for this origin; serving one gives it the reader's scheme and host.
RENDER_ORIGIN_HOST = "broadsheet-origin.invalid"
RENDER_ORIGIN = f"http://{RENDER_ORIGIN_HOST}"


class ArticleKind(models.TextChoices):
    NEWS = "news", "News"
    OPINION = "opinion", "Opinion"
    ANALYSIS = "analysis", "Analysis"


class ChangeKind(models.TextChoices):
    MINOR = "minor", "Minor edit (a typo, style: readers are not told)"
    UPDATE = "update", "Update (new information, with a public note)"
    CORRECTION = "correction", "Correction (something was wrong, with a public note)"


# The classifications readers are told about, each with its public note.
NOTED_KINDS = {ChangeKind.UPDATE, ChangeKind.CORRECTION}


def missing_note_error(kind, note):
    """The error for an update or a correction without its public note, else None."""
    if kind not in NOTED_KINDS or note.strip():
        return None
    label = "An update" if kind == ChangeKind.UPDATE else "A correction"
    return f"{label} needs a public note: tell readers in a sentence what changed."


# The story form's panel that classifies each publication (live blogs use it too).
CHANGE_PANEL = MultiFieldPanel(
    [FieldPanel("change_kind", widget=forms.RadioSelect), FieldPanel("change_note")],
    heading="This change",
    help_text="Publishing a story that is already live records what kind of change it is.",
)


class ArticlePageForm(WagtailAdminPageForm):
    """The story form: a change to a published story is classified afresh for each publication."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk and instance.live and not instance.has_unpublished_changes:
            # What is open is what readers see: the next change starts as a minor edit.
            self.initial["change_kind"] = ChangeKind.MINOR
            self.initial["change_note"] = ""

    def clean(self):
        cleaned = super().clean()
        error = missing_note_error(cleaned.get("change_kind"), cleaned.get("change_note", ""))
        if error:
            self.add_error("change_note", error)
        return cleaned


class PublishedQuerySet(PageQuerySet):
    """Pages readers may see, the one definition every page, feed, list and task uses."""

    def published(self, restrictions=None):
        """What readers may see: live, public and not past its expiry time.

        `restrictions`, a fresh PageViewRestriction queryset, replaces the cached list where a
        change may be newer than the cache (the search entries).
        """
        return self.live().public(restrictions).not_expired()

    def not_expired(self):
        """Exclude pages whose expiry time has passed, before the scheduler takes them down."""
        return self.exclude(expire_at__lte=timezone.now())

    def public(self, restrictions=None):
        """Exclude pages under a view restriction, read from the cached list (no extra query)."""
        restricted = restricted_q(restrictions)
        return self if restricted is None else self.exclude(restricted)


class SectionPageQuerySet(PublishedQuerySet):
    def in_menu_order(self):
        """The sections under a home page, in the order the editors put them in the tree."""
        return self.filter(depth=SECTION_DEPTH).order_by("path")


class ArticlePageQuerySet(PublishedQuerySet):
    def in_section(self, section):
        return self.filter(path__startswith=section.path, depth=section.depth + 1)

    def opinion(self):
        return self.filter(kind=ArticleKind.OPINION)

    def credited_to(self, person):
        """The stories that credit `person` in any role, each once."""
        return self.filter(pk__in=ArticleAuthor.objects.filter(person=person).values("article_id"))

    def newest_first(self):
        return self.order_by("-first_published_at", "-pk")

    def with_section(self):
        """Annotate each article with its section's title and slug, read from the tree path."""
        section = Page.objects.filter(
            path=Substr(OuterRef("path"), 1, SECTION_DEPTH * Page.steplen)
        )
        return self.annotate(
            section_title=Subquery(section.values("title")[:1]),
            section_slug=Subquery(section.values("slug")[:1]),
        )

    def for_listing(self):
        """Load what a teaser shows (section, photo, bylines) in two queries, whatever the count.

        The teaser photos come from each article's stored render (its HTML only, not the page's);
        an article without a current one looks its renditions up as it renders.
        """
        return (
            self.with_section()
            .select_related("lead_photo", "stored_render")
            .defer("stored_render__head", "stored_render__main", "stored_render__related")
            .prefetch_related(contributors_prefetch())
        )

    def with_renditions(self):
        """Also load the lead photos' renditions, for lists that show more than the teaser
        photo (feeds, the content API, the digest): one query, whatever the count."""
        from broadsheet.photos.models import Photo

        return self.prefetch_related(
            models.Prefetch(
                "lead_photo__renditions", queryset=Photo.get_rendition_model().objects.all()
            )
        )


def contributors_prefetch(*related):
    """Prefetch the stories' credits in the editor's order, with their people (and `related`)."""
    return models.Prefetch(
        "article_authors",
        queryset=ArticleAuthor.objects.select_related("person", *related).order_by(
            "sort_order", "pk"
        ),
    )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)
SectionPageManager = PageManager.from_queryset(SectionPageQuerySet)


class SectionPage(PublicPage):
    intro = models.TextField(blank=True, max_length=500)

    objects = SectionPageManager()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = "section"

    def articles(self):
        return ArticlePage.objects.published().in_section(self).newest_first()

    def purge_keys(self):
        """A section shows in the navigation of every page."""
        return [*super().purge_keys(), SITE_KEY]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = paginate(request, self.articles().for_listing())
        context["listing"] = listing
        context["articles"] = list(listing.object_list)
        return context


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(PublicPage):
    standfirst = models.TextField(
        max_length=400, help_text="One or two sentences under the headline that sell the story."
    )
    kind = models.CharField(max_length=20, choices=ArticleKind.choices, default=ArticleKind.NEWS)
    dateline = models.CharField(
        max_length=60, blank=True, help_text="Where the story was filed, e.g. BEIJING."
    )
    agency = models.CharField(
        max_length=60, blank=True, help_text="The wire agency, where this is agency copy."
    )
    lead_photo = models.ForeignKey(
        "photos.Photo", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lead_caption = models.TextField(blank=True, help_text="Leave empty to use the photo's caption.")
    lead_credit = models.CharField(
        max_length=120, blank=True, help_text="Leave empty to use the photo's credit."
    )
    body = StreamField(ArticleBodyBlock())
    tags = ClusterTaggableManager(through=ArticleTag, blank=True)
    updated_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When an update or a correction was last published; shown as Updated.",
    )
    change_kind = models.CharField(
        "this change is",
        max_length=20,
        choices=ChangeKind.choices,
        default=ChangeKind.MINOR,
        help_text="How readers are told about this version when it is published.",
    )
    change_note = models.TextField(
        "public note",
        blank=True,
        max_length=600,
        help_text="For an update or a correction: what changed, as readers will read it.",
    )
    weight = models.PositiveSmallIntegerField(
        default=3,
        choices=[(1, "1 · brief"), (2, "2"), (3, "3 · standard"), (4, "4"), (5, "5 · splash")],
        help_text="News value: places the story on the home page and in the printed edition.",
    )

    objects = ArticlePageManager()

    content_panels = [
        TitleFieldPanel(
            "title",
            heading="Headline",
            placeholder="Headline*",
            help_text="The headline as readers see it on the page, the front and in feeds.",
        ),
        FieldPanel("standfirst"),
        InlinePanel(
            "article_authors",
            label="Contributor",
            heading="Byline",
            help_text="Everyone credited, each with a role. The byline lists them by role "
            "(reporting first), in this order within a role.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("dateline"),
                FieldPanel("agency"),
                FieldPanel("weight"),
            ],
            heading="Story",
        ),
        MultiFieldPanel(
            [
                FieldPanel("lead_photo", heading="Photo"),
                FieldPanel("lead_caption", heading="Caption"),
                FieldPanel("lead_credit", heading="Credit"),
            ],
            heading="Lead photo",
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        CHANGE_PANEL,
        InlinePanel(
            "related_links", label="Related article", heading="Related (overrides automatic)"
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("first_published_at"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields(
            "article_authors", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
    ]
    parent_page_types = ["articles.SectionPage"]
    subpage_types = []
    base_form_class = ArticlePageForm

    class Meta:
        verbose_name = "article"

    def save(self, *args, **kwargs):
        clean_body(self.body)
        return super().save(*args, **kwargs)

    def route(self, request, path_components):
        """Answer 404 for a story past its expiry time, even before the scheduler takes it down."""
        if not path_components and self.has_expired:
            raise Http404
        return super().route(request, path_components)

    def with_content_json(self, content):
        """Keep the Updated time of the live page: only publishing an update or correction sets it."""
        page = super().with_content_json(content)
        page.updated_at = self.updated_at
        return page

    @property
    def has_expired(self):
        return self.expire_at is not None and self.expire_at <= timezone.now()

    @property
    def headline(self):
        return self.title

    @property
    def section(self):
        return self.get_parent().specific

    @property
    def caption(self):
        return caption_and_credit(self.lead_photo, self.lead_caption, self.lead_credit)[0]

    @property
    def credit(self):
        return caption_and_credit(self.lead_photo, self.lead_caption, self.lead_credit)[1]

    @property
    def is_opinion(self):
        return self.kind == ArticleKind.OPINION

    @cached_property
    def byline(self):
        """Everyone credited on the story, by role and in order (see bylines.py)."""
        return Byline.of(self)

    @property
    def bylines(self):
        """The people credited, each once, in byline order."""
        return self.byline.people

    @cached_property
    def public_changes(self):
        """The updates and corrections readers are told about, oldest first."""
        return list(self.changes.noted().order_by("published_at", "pk"))

    @property
    def public_corrections(self):
        return [change for change in self.public_changes if change.is_correction]

    @property
    def public_updates(self):
        return [change for change in self.public_changes if not change.is_correction]

    def was_updated(self):
        return bool(
            self.updated_at
            and self.first_published_at
            and self.updated_at > self.first_published_at
        )

    @property
    def stored_teaser(self):
        """The teaser photos of the stored render, when the listing loaded a current one."""
        render = self._state.fields_cache.get("stored_render")
        if render is None or not render.is_current_for(self):
            return None
        return render.teaser or None

    def current_render(self):
        """The stored render of the live revision, or None: the page then renders as before."""
        if "stored_render" in self._state.fields_cache:
            render = self._state.fields_cache["stored_render"]
        else:
            render = ArticleRender.objects.filter(article_id=self.pk).first()
        return render if render is not None and render.is_current_for(self) else None

    def cache_events(self):
        """What a publish or unpublish of this story changes, for the named caches."""
        if self.is_opinion or self.pk in latest_opinion_ids():
            return ("stories", "opinion")
        return ("stories",)

    def surrogate_keys(self):
        """Also filed under the related lists' key: the page lists other stories as related."""
        return [*super().surrogate_keys(), RELATED_KEY]

    def purge_keys(self):
        """A story shows on its section, the front page, its authors' and its topics' pages."""
        authors = set(self.article_authors.values_list("person_id", flat=True))
        return [
            *super().purge_keys(),
            *(f"person-{pk}" for pk in authors),
            *(f"tag-{tag.slug}" for tag in self.tags.all()),
            CORRECTIONS_KEY,
        ]

    @classmethod
    def purge_keys_of_many(cls, pages):
        """`purge_keys()` of each story, by page id, in three queries for them all."""
        keys = super().purge_keys_of_many(pages)
        pks = list(keys)
        authors = ArticleAuthor.objects.filter(article_id__in=pks)
        for article_id, person_id in authors.values_list("article_id", "person_id").distinct():
            keys[article_id].append(f"person-{person_id}")
        tagged = ArticleTag.objects.filter(content_object_id__in=pks)
        for article_id, slug in tagged.values_list("content_object_id", "tag__slug"):
            keys[article_id].append(f"tag-{slug}")
        for article_keys in keys.values():
            article_keys.append(CORRECTIONS_KEY)
        return keys

    def get_context(self, request, *args, **kwargs):
        """Serve the stored render when it is current; otherwise render every part now."""
        context = super().get_context(request, *args, **kwargs)
        # A preview shows the draft, which the stored render (of the live revision) is not.
        stored = None if getattr(request, "is_preview", False) else self.current_render()
        if stored is not None:
            context.update(stored.context_for(self, request))
        else:
            context["article_tags"] = list(self.tags.all())
        context["canonical_url"] = request.build_absolute_uri(self.url)
        return context


def latest_opinion_ids():
    """The ids of the newest opinion pieces, one more than the widget shows (for the exclusion)."""
    return cached_per_generation(
        "latest-opinion",
        lambda: list(
            ArticlePage.objects.published()
            .opinion()
            .newest_first()
            .values_list("pk", flat=True)[: OPINION_WIDGET_SIZE + 1]
        ),
    )


class ArticleAuthor(Orderable):
    """A credit: one person's part in a story (reporting, photography…), in byline order."""

    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_authors")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="bylines")
    role = models.CharField(
        max_length=30, choices=ContributorRole.choices, default=ContributorRole.REPORTING
    )

    panels = [FieldPanel("person", heading="Contributor"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = "contributor"
        constraints = [
            models.UniqueConstraint(
                fields=["article", "person", "role"], name="unique_credit_per_article"
            )
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"


class ArticleChangeQuerySet(models.QuerySet):
    def noted(self):
        """Updates and corrections: the changes readers are told about."""
        return self.filter(kind__in=NOTED_KINDS)

    def corrections(self):
        return self.filter(kind=ChangeKind.CORRECTION)

    def of_published_articles(self):
        """Changes to stories readers may see (live, public, not expired)."""
        return self.filter(article__in=ArticlePage.objects.published().values("pk"))

    def newest_first(self):
        return self.order_by("-published_at", "-pk")


class ArticleChange(models.Model):
    """One publication of a story that was already live: a minor edit, an update or a correction.

    Not part of the story's revisions (a plain foreign key, not a ParentalKey), so publishing an
    older revision never takes a correction back.
    """

    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(max_length=20, choices=ChangeKind.choices)
    note = models.TextField(blank=True)
    published_at = models.DateTimeField(default=timezone.now, db_index=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    previous_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ArticleChangeQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["kind", "-published_at"], name="articlechange_kind_time")]

    def __str__(self):
        return f"{self.get_kind_display().partition(' (')[0]}: {self.note[:60]}"

    @property
    def is_correction(self):
        return self.kind == ChangeKind.CORRECTION

    @property
    def label(self):
        return "Correction" if self.is_correction else "Update"

    @property
    def text(self):
        """The public note (what a correction's text was called before changes were classified)."""
        return self.note


class RelatedLink(Orderable):
    """An editor's choice of related article; when any exist they replace the automatic list."""

    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    target = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("target")]

    def __str__(self):
        return str(self.target)


class ArticleRender(models.Model):
    """What an article page shows of the story, built once at publish time (see `rendering.py`).

    It is current while `revision_id` is the article's live revision and nothing it shows has
    changed since (`stale`); otherwise the page renders every part itself, as it always could.
    """

    article = models.OneToOneField(
        ArticlePage, primary_key=True, on_delete=models.CASCADE, related_name="stored_render"
    )
    revision_id = models.PositiveIntegerField(null=True)
    stale = models.BooleanField(default=False)
    head = models.TextField(blank=True, help_text="Canonical link, Open Graph, feeds, JSON-LD.")
    main = models.TextField(blank=True, help_text="The article element: header, body, topics.")
    related = models.TextField(blank=True, help_text="The related-articles block.")
    related_articles = models.ManyToManyField(ArticlePage, related_name="+", blank=True)
    related_expire_at = models.DateTimeField(
        null=True, blank=True, help_text="The earliest expiry of the related articles shown."
    )
    teaser = models.JSONField(default=dict, blank=True, help_text="Teaser photos, lead and small.")
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "stored article render"

    def __str__(self):
        return f"Stored render of article {self.article_id}"

    def is_current_for(self, article):
        return not self.stale and self.revision_id == article.live_revision_id

    def related_is_current(self):
        return self.related_expire_at is None or self.related_expire_at > timezone.now()

    def context_for(self, article, request):
        """The template variables of the stored parts, on the reader's own scheme and host."""
        origin = f"{request.scheme}://{request.get_host()}"
        quoted = (quote(RENDER_ORIGIN, safe=""), quote(origin, safe=""))  # in the share links

        def part(html):
            return mark_safe(html.replace(RENDER_ORIGIN, origin).replace(*quoted))

        context = {"stored_head": part(self.head), "stored_main": part(self.main)}
        if self.related_is_current():
            context["stored_related"] = part(self.related)
        else:  # a related story has expired: the block is worked out again until the rebuild
            context["article_tags"] = list(article.tags.all())
        return context
