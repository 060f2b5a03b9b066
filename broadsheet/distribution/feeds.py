"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the latest stories: the paper, a section, an author, a tag."""

import copy
import json

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.feedgenerator import (
    Atom1Feed,
    Enclosure,
    Rss201rev2Feed,
    SyndicationFeed,
    rfc3339_date,
)
from django.utils.html import escape

from broadsheet.articles.bylines import AUTHOR_ROLES
from broadsheet.articles.models import ArticleChange
from broadsheet.paper.caching import (
    CORRECTIONS_KEY,
    add_surrogate_keys,
    cached_each_per_generation,
)
from broadsheet.paper.models import PaperSettings
from broadsheet.people.models import Person

from . import content
from .models import DistributionSettings

FEED_LENGTH = 50
MEDIA_NS = "http://search.yahoo.com/mrss/"


class ArticleRss(Rss201rev2Feed):
    """RSS 2.0 with every byline (dc:creator), the full text (content:encoded) and media:content."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
            "xmlns:media": MEDIA_NS,
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for author in item["authors"]:
            handler.addQuickElement("dc:creator", author["name"])
        for credit in item["contributors"]:
            handler.addQuickElement("dc:contributor", f"{credit['name']} ({credit['role_label']})")
        if item["updateddate"] is not None:
            handler.addQuickElement("atom:updated", rfc3339_date(item["updateddate"]))
        if item["content_html"]:
            handler.addQuickElement("content:encoded", item["content_html"])
        image = item["image"]
        if image:
            handler.startElement(
                "media:content",
                {
                    "url": image["url"],
                    "medium": "image",
                    "type": image["type"],
                    "width": str(image["width"]),
                    "height": str(image["height"]),
                },
            )
            if image["alt"]:
                handler.addQuickElement("media:description", image["alt"], {"type": "plain"})
            if image["credit"]:
                handler.addQuickElement("media:credit", image["credit"])
            handler.endElement("media:content")


class ArticleAtom(Atom1Feed):
    """Atom 1.0 with every byline as an author and, when enabled, the full text as content."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for author in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", author["name"])
            handler.addQuickElement("uri", author["url"])
            handler.endElement("author")
        for credit in item["contributors"]:
            handler.startElement("contributor", {})
            handler.addQuickElement("name", credit["name"])
            handler.addQuickElement("uri", credit["url"])
            handler.endElement("contributor")
        if item["content_html"]:
            handler.addQuickElement("content", item["content_html"], {"type": "html"})


class ArticleJsonFeed(SyndicationFeed):
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written from the same items."""

    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding):
        feed = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": self.feed["title"],
            "home_page_url": self.feed["link"],
            "feed_url": self.feed["feed_url"],
            "description": self.feed["description"],
            "language": self.feed["language"],
            "authors": [{"name": self.feed["author_name"], "url": self.feed["author_link"]}],
            "items": [self.json_item(item) for item in self.items],
        }
        outfile.write(json.dumps(feed, ensure_ascii=False, indent=1))

    def json_item(self, item):
        entry = {
            "id": item["unique_id"],
            "url": item["link"],
            "title": item["title"],
            "summary": item["summary"],
            "date_published": rfc3339_date(item["pubdate"]),
            "date_modified": rfc3339_date(item["updateddate"]),
            "authors": item["authors"],
            "tags": list(item["categories"]),
        }
        if item["credits"]:
            # JSON Feed has authors only; the whole byline, roles included, is an extension.
            entry["_broadsheet"] = {"contributors": item["credits"]}
        if item["content_html"]:
            entry["content_html"] = item["content_html"]
        else:
            entry["content_text"] = item["summary"]
        if item["image"]:
            entry["image"] = item["image"]["url"]
        return entry


class ArticleFeed(Feed):
    """The paper's latest stories; subclasses narrow them to a section, an author or a tag."""

    feed_type = ArticleRss
    item_guid_is_permalink = False

    def __init__(self, feed_type=None):
        if feed_type is not None:
            self.feed_type = feed_type

    def __call__(self, request, *args, **kwargs):
        """Serve the feed from a copy bound to this request, so the shared instance stays clean."""
        bound = copy.copy(self)
        bound.request = request
        bound.paper = PaperSettings.for_request(request)
        bound.options = DistributionSettings.for_request(request)
        bound.language = bound.paper.language
        bound.feed_object = None
        response = Feed.__call__(bound, request, *args, **kwargs)
        return add_surrogate_keys(response, *bound.surrogate_keys(bound.feed_object))

    def get_object(self, request, *args, **kwargs):
        return None

    def get_feed(self, obj, request):
        self.feed_object = obj
        return super().get_feed(obj, request)

    def surrogate_keys(self, obj):
        """The keys a publish purges this feed by: only the stories it lists change it."""
        return ["feeds"]

    def articles(self, obj):
        return content.site_articles(self.request)

    def title(self, obj):
        return self.paper.name

    def link(self, obj):
        root = content.site_root(self.request)
        return root.get_url(self.request) if root else "/"

    def description(self, obj):
        return self.paper.tagline or f"The latest stories from {self.paper.name}."

    def author_name(self, obj):
        return self.paper.name

    def author_link(self, obj):
        return content.absolute_url(self.request, "/")

    def feed_copyright(self, obj):
        return f"© {self.paper.name}"

    def items(self, obj):
        articles = list(
            self.articles(obj)
            .for_listing()
            .with_renditions()
            .prefetch_related("tags")[:FEED_LENGTH]
        )
        if self.options.full_content_in_feeds:
            self.add_full_texts(articles)
        return articles

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return escape(article.standfirst)

    def item_link(self, article):
        return article.get_url(self.request)

    def item_guid(self, article):
        return content.article_guid(article)

    def item_pubdate(self, article):
        return article.first_published_at

    def item_updateddate(self, article):
        """The last update or correction (publishing one sets `updated_at`), so readers refetch it."""
        return content.updated_at(article)

    def item_categories(self, article):
        tags = sorted(tag.name for tag in article.tags.all())
        return [article.section_title, *tags]

    def item_enclosures(self, article):
        image = self.image(article)
        if image is None:
            return []
        return [Enclosure(image["url"], str(image["length"]), image["type"])]

    def item_extra_kwargs(self, article):
        credits = content.credit_data(self.request, article.byline)
        return {
            "authors": [
                {"name": credit["name"], "url": credit["url"]}
                for credit in credits
                if credit["role"] in AUTHOR_ROLES
            ],
            "contributors": [credit for credit in credits if credit["role"] not in AUTHOR_ROLES],
            "credits": credits,
            "summary": article.standfirst,
            "content_html": self.full_text(article),
            "image": self.image(article),
        }

    def image(self, article):
        """Describe the lead photo's wide crop, once per article: URL, type, size, alt, credit."""
        if not hasattr(article, "_feed_image"):
            article._feed_image = None
            rendition = content.rendition(article.lead_photo, content.WIDE_IMAGE)
            if rendition is not None:
                try:
                    length = rendition.file.size
                except OSError:
                    length = 0
                article._feed_image = {
                    "url": content.absolute_url(self.request, rendition.url),
                    "type": content.media_type(rendition),
                    "width": rendition.width,
                    "height": rendition.height,
                    "length": length,
                    "alt": article.lead_photo.description,
                    "credit": article.lead_credit or article.lead_photo.credit,
                }
        return article._feed_image

    def full_text(self, article):
        return getattr(article, "_feed_html", "")

    def add_full_texts(self, articles):
        """Give each article its rendered body, cached until any story is published or withdrawn.

        Rendering a body loads its photos and linked pages, a few queries per story; the cache
        keeps a busy feed to one cache read.
        """
        by_pk = {article.pk: article for article in articles}
        bodies = cached_each_per_generation(
            "feed-html",
            by_pk,
            lambda pk: render_to_string(
                "distribution/feed_content.html", {"article": by_pk[pk]}, request=self.request
            ),
        )
        base_url = content.absolute_url(self.request, "/")
        for pk, article in by_pk.items():
            article._feed_html = content.absolutize_html(bodies[pk], base_url)


class SectionFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(content.site_sections(request), slug=slug)

    def articles(self, section):
        return super().articles(section).in_section(section)

    def title(self, section):
        return f"{section.title} · {self.paper.name}"

    def link(self, section):
        return section.get_url(self.request)

    def description(self, section):
        return section.intro or f"The latest {section.title} stories from {self.paper.name}."

    def surrogate_keys(self, section):
        return [f"page-{section.pk}"]


class AuthorFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Person, slug=slug)

    def articles(self, person):
        return super().articles(person).credited_to(person)

    def title(self, person):
        return f"{person.name} · {self.paper.name}"

    def link(self, person):
        return person.get_absolute_url()

    def description(self, person):
        return f"The latest stories by {person.name} in {self.paper.name}."

    def surrogate_keys(self, person):
        return [f"person-{person.pk}"]


class TagFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(content.site_tags(request), slug=slug)

    def articles(self, tag):
        return super().articles(tag).filter(tags=tag)

    def title(self, tag):
        return f"{tag.name} · {self.paper.name}"

    def link(self, tag):
        return reverse("articles:tag", kwargs={"slug": tag.slug})

    def description(self, tag):
        return f"The latest stories about {tag.name} in {self.paper.name}."

    def surrogate_keys(self, tag):
        return [f"tag-{tag.slug}"]


FORMATS = {"rss": ArticleRss, "atom": ArticleAtom, "json": ArticleJsonFeed}
FILENAMES = {"rss": "rss.xml", "atom": "atom.xml", "json": "feed.json"}
MEDIA_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}
FORMAT_LABELS = {"rss": "RSS", "atom": "Atom", "json": "JSON Feed"}


class CorrectionFeed(Feed):
    """Every correction the paper publishes, newest first, each pointing at its story (RSS 2.0)."""

    feed_type = Rss201rev2Feed
    item_guid_is_permalink = False

    def __call__(self, request, *args, **kwargs):
        bound = copy.copy(self)
        bound.request = request
        bound.paper = PaperSettings.for_request(request)
        bound.language = bound.paper.language
        response = Feed.__call__(bound, request, *args, **kwargs)
        return add_surrogate_keys(response, "feeds", CORRECTIONS_KEY)

    def title(self):
        return f"Corrections · {self.paper.name}"

    def link(self):
        return reverse("corrections:index")

    def description(self):
        return f"Every correction {self.paper.name} publishes, with the story it corrects."

    def items(self):
        return list(
            ArticleChange.objects.corrections()
            .of_published_articles()
            .newest_first()
            .select_related("article")[:FEED_LENGTH]
        )

    def item_title(self, change):
        return f"Correction: {change.article.title}"

    def item_description(self, change):
        return escape(change.note)

    def item_link(self, change):
        return f"{change.article.get_url(self.request)}#corrections"

    def item_guid(self, change):
        return f"{content.article_guid(change.article)}:correction:{change.pk}"

    def item_pubdate(self, change):
        return change.published_at
