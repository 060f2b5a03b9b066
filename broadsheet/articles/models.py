"""Sections and the articles published in them."""

from urllib.parse import quote

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
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from broadsheet.paper.caching import SITE_KEY, cached_per_generation
from broadsheet.paper.listing import paginate
from broadsheet.paper.pages import PublicPage
from broadsheet.paper.restrictions import restricted_q
from broadsheet.photos.models import credit_line

from .blocks import ArticleBodyBlock
from .sanitise import clean_body

# Root (1) > home page (2) > section (3) > article (4).
SECTION_DEPTH = 3
OPINION_WIDGET_SIZE = 5
# Stored renders are made for this origin; serving one gives it the reader's scheme and host.
RENDER_ORIGIN_HOST = "broadsheet-origin.invalid"
RENDER_ORIGIN = f"http://{RENDER_ORIGIN_HOST}"


class ArticleKind(models.TextChoices):
    NEWS = "news", "News"
    OPINION = "opinion", "Opinion"
    ANALYSIS = "analysis", "Analysis"


class ArticlePageQuerySet(PageQuerySet):
    def published(self):
        """What readers may see: live, public and not past its expiry time."""
        return self.live().public().not_expired()

    def not_expired(self):
        """Exclude pages whose expiry time has passed, before the scheduler takes them down."""
        return self.exclude(expire_at__lte=timezone.now())

    def public(self):
        """Exclude pages under a view restriction, read from the cached list (no extra query)."""
        restricted = restricted_q()
        return self if restricted is None else self.exclude(restricted)

    def in_section(self, section):
        return self.filter(path__startswith=section.path, depth=section.depth + 1)

    def opinion(self):
        return self.filter(kind=ArticleKind.OPINION)

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
            .prefetch_related(
                models.Prefetch(
                    "article_authors",
                    queryset=ArticleAuthor.objects.select_related("person").order_by("sort_order"),
                ),
            )
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


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class SectionPage(PublicPage):
    intro = models.TextField(blank=True, max_length=500)

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
        null=True, blank=True, help_text="Set when the story changes materially; shown as Updated."
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
        InlinePanel("article_authors", label="Byline", heading="Authors, in byline order"),
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
        InlinePanel("corrections", label="Correction", heading="Corrections (published)"),
        FieldPanel("updated_at"),
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
        if self.lead_caption:
            return self.lead_caption
        return self.lead_photo.caption if self.lead_photo else ""

    @property
    def credit(self):
        return credit_line(self.lead_credit or (self.lead_photo.credit if self.lead_photo else ""))

    @property
    def is_opinion(self):
        return self.kind == ArticleKind.OPINION

    @cached_property
    def bylines(self):
        """The authors in byline order, with their photos, in one query."""
        return [
            link.person
            for link in self.article_authors.select_related("person__photo").order_by("sort_order")
        ]

    @cached_property
    def public_corrections(self):
        return list(self.corrections.order_by("published_at"))

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

    def purge_keys(self):
        """A story shows on its section, the front page, its authors' and its topics' pages."""
        authors = self.article_authors.values_list("person_id", flat=True)
        return [
            *super().purge_keys(),
            *(f"person-{pk}" for pk in authors),
            *(f"tag-{tag.slug}" for tag in self.tags.all()),
        ]

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
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_authors")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="bylines")

    panels = [FieldPanel("person", heading="Journalist")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="unique_author_per_article")
        ]

    def __str__(self):
        return str(self.person)


class Correction(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="corrections")
    published_at = models.DateTimeField(default=timezone.now)
    text = models.TextField(help_text="What was wrong and what is right, in a sentence or two.")

    panels = [FieldPanel("published_at"), FieldPanel("text")]

    def __str__(self):
        return self.text[:60]


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
