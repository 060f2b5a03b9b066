"""Sitemaps for search engines: articles by month, sections, authors, tags, and Google News."""

from datetime import timedelta

from django.contrib.sitemaps import Sitemap
from django.db.models import Count, Max, OuterRef, Subquery
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from broadsheet.paper.models import PaperSettings
from broadsheet.people.models import Person

from . import content

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000


class RequestSitemap(Sitemap):
    """A sitemap built for one request, so it lists only that site's live pages."""

    def __init__(self, request):
        self.request = request

    def location(self, item):
        return item.get_url(self.request)


class ArticleMonthSitemap(RequestSitemap):
    """The articles first published in one calendar month (in the paper's time zone)."""

    changefreq = "monthly"

    def __init__(self, request, month, article_count, latest):
        super().__init__(request)
        self.month = month
        self.article_count = article_count
        self.latest = latest

    @property
    def name(self):
        return f"articles-{self.month:%Y-%m}"

    def items(self):
        start = self.month
        end = (start + timedelta(days=32)).replace(day=1)
        return (
            content.site_articles(self.request)
            .filter(first_published_at__gte=start, first_published_at__lt=end)
            .order_by("first_published_at", "pk")
        )

    def lastmod(self, article):
        return content.updated_at(article)

    def get_latest_lastmod(self):
        return self.latest

    @property
    def paginator(self):
        paginator = super().paginator
        # The count is known from the month list: the index needs no query per month.
        paginator.count = self.article_count
        return paginator


class SectionSitemap(RequestSitemap):
    """The home page and the section fronts."""

    changefreq = "hourly"

    def items(self):
        root = content.site_root(self.request)
        return ([root] if root and root.live else []) + list(content.site_sections(self.request))

    def priority(self, page):
        return 1.0 if page.depth == 2 else 0.8


class AuthorSitemap(RequestSitemap):
    """The pages of the journalists with at least one live story."""

    changefreq = "daily"

    def items(self):
        latest = (
            content.site_articles(self.request)
            .filter(article_authors__person=OuterRef("pk"))
            .values("first_published_at")[:1]
        )
        return (
            Person.objects.annotate(latest=Subquery(latest))
            .filter(latest__isnull=False)
            .order_by("name", "pk")
        )

    def location(self, person):
        return person.get_absolute_url()

    def lastmod(self, person):
        return person.latest


class TagSitemap(RequestSitemap):
    """The topic pages of the tags that at least one live story carries."""

    changefreq = "daily"

    def items(self):
        latest = (
            content.site_articles(self.request)
            .filter(tags=OuterRef("pk"))
            .values("first_published_at")[:1]
        )
        return (
            Tag.objects.annotate(latest=Subquery(latest))
            .filter(latest__isnull=False)
            .order_by("name", "pk")
        )

    def location(self, tag):
        return reverse("articles:tag", kwargs={"slug": tag.slug})

    def lastmod(self, tag):
        return tag.latest


class NewsSitemap(RequestSitemap):
    """Google News: the stories of the last 48 hours, newest first, at most 1,000."""

    limit = NEWS_LIMIT

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return content.site_articles(self.request).filter(first_published_at__gte=since)[
            : self.limit
        ]

    def lastmod(self, article):
        return content.updated_at(article)

    def get_urls(self, page=1, site=None, protocol=None):
        paper = PaperSettings.for_request(self.request)
        publication = {"name": paper.name, "language": news_language(paper.language)}
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            url["publication"] = publication
        return urls


def news_language(tag):
    """Turn a BCP 47 tag into the ISO 639 code Google News wants: en-GB → en, zh-TW → zh-tw."""
    tag = (tag or "en").lower().replace("_", "-")
    if tag in {"zh-cn", "zh-tw"}:
        return tag
    if tag.startswith("zh-hant"):
        return "zh-tw"
    if tag.startswith("zh"):
        return "zh-cn"
    return tag.split("-")[0]


def article_months(request):
    """Return (month, article count, latest change) for each month with live stories, newest first."""
    rows = (
        content.site_articles(request)
        .order_by()
        .annotate(month=TruncMonth("first_published_at"))
        .values("month")
        .annotate(
            article_count=Count("pk"),
            latest_publication=Max("first_published_at"),
            latest_update=Max("updated_at"),
        )
        .order_by("-month")
    )
    return [
        (
            row["month"],
            row["article_count"],
            max(filter(None, [row["latest_publication"], row["latest_update"]])),
        )
        for row in rows
    ]


def sitemaps_for(request):
    """Return every sitemap of the request's site, keyed by the name in its URL."""
    sitemaps = {
        "news": NewsSitemap(request),
        "sections": SectionSitemap(request),
        "authors": AuthorSitemap(request),
        "tags": TagSitemap(request),
    }
    for month, article_count, latest in article_months(request):
        sitemap = ArticleMonthSitemap(request, month, article_count, latest)
        sitemaps[sitemap.name] = sitemap
    return sitemaps
