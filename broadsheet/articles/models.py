"""Sections and the articles published in them."""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from broadsheet.paper.caching import SITE_KEY
from broadsheet.paper.listing import paginate
from broadsheet.paper.pages import PublicPage
from broadsheet.paper.restrictions import restricted_q
from broadsheet.photos.models import caption_and_credit

from .blocks import ArticleBodyBlock
from .sanitise import clean_body

# Root (1) > home page (2) > section (3) > article (4).
SECTION_DEPTH = 3


class ArticleKind(models.TextChoices):
    NEWS = "news", "News"
    OPINION = "opinion", "Opinion"
    ANALYSIS = "analysis", "Analysis"


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
        """Load what a teaser shows (section, photo, bylines) without a query per article."""
        from broadsheet.photos.models import Photo

        return (
            self.with_section()
            .select_related("lead_photo")
            .prefetch_related(
                models.Prefetch(
                    "lead_photo__renditions",
                    queryset=Photo.get_rendition_model().objects.all(),
                ),
                models.Prefetch(
                    "article_authors",
                    queryset=ArticleAuthor.objects.select_related("person").order_by("sort_order"),
                ),
            )
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
        return caption_and_credit(self.lead_photo, self.lead_caption, self.lead_credit)[0]

    @property
    def credit(self):
        return caption_and_credit(self.lead_photo, self.lead_caption, self.lead_credit)[1]

    @property
    def byline_text(self):
        """The byline as plain text: 'By Ann Lee, Bo Chen and Cy Diaz with Meridian Wire'."""
        names = [link.person.name for link in self.article_authors.all()]
        text = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
        if self.agency:
            text = f"{text} with {self.agency}" if text else self.agency
        return f"By {text}" if text else ""

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

    def purge_keys(self):
        """A story shows on its section, the front page, its authors' and its topics' pages."""
        authors = self.article_authors.values_list("person_id", flat=True)
        return [
            *super().purge_keys(),
            *(f"person-{pk}" for pk in authors),
            *(f"tag-{tag.slug}" for tag in self.tags.all()),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["article_tags"] = list(self.tags.all())
        context["canonical_url"] = request.build_absolute_uri(self.url)
        return context


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
