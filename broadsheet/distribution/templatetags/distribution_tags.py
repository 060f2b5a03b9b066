"""Head tags for every page: canonical URL, hreflang, Open Graph, Twitter cards, feeds, JSON-LD."""

from dataclasses import dataclass, field

from django import template
from django.conf import settings
from django.urls import reverse
from taggit.models import Tag

from broadsheet.articles.models import ArticlePage, SectionPage
from broadsheet.distribution import content, structured_data
from broadsheet.distribution.feeds import FORMAT_LABELS, FORMATS, MEDIA_TYPES
from broadsheet.distribution.models import DistributionSettings
from broadsheet.home.models import HomePage
from broadsheet.liveblogs.models import LiveBlogPage
from broadsheet.paper.models import PaperSettings
from broadsheet.people.models import Person

register = template.Library()

SQUARE_IMAGE = "fill-400x400"


@dataclass
class Subject:
    """What the current page is about, as the head tags need it."""

    kind: str
    obj: object = None
    title: str = ""
    description: str = ""
    canonical: str = ""
    feed_scopes: list = field(default_factory=list)


def listing_suffix(request):
    """Keep `?page=N` in the canonical URL of the later pages of a listing."""
    number = request.GET.get("page", "")
    return f"?page={number}" if number.isdigit() and int(number) > 1 else ""


def subject_for(context):
    """Work out, once per request, which page, section, author or tag is being shown."""
    request = context["request"]
    if getattr(request, "_distribution_subject", None) is not None:
        return request._distribution_subject
    paper = PaperSettings.for_request(request)
    page, person, tag = context.get("page"), context.get("person"), context.get("tag")
    site_feed = ("site", {}, paper.name)
    if isinstance(page, ArticlePage):
        section = page.get_parent()
        subject = Subject(
            "article",
            page,
            page.seo_title or page.title,
            page.meta_description,
            content.page_url(request, page),
            [site_feed, ("section", {"slug": section.slug}, f"{section.title} · {paper.name}")],
        )
    elif isinstance(page, SectionPage):
        subject = Subject(
            "section",
            page,
            page.seo_title or page.title,
            page.meta_description or paper.tagline,
            content.page_url(request, page) + listing_suffix(request),
            [site_feed, ("section", {"slug": page.slug}, f"{page.title} · {paper.name}")],
        )
    elif isinstance(page, HomePage):
        subject = Subject(
            "home",
            page,
            paper.name,
            getattr(page, "meta_description", "") or paper.tagline,
            content.page_url(request, page),
            [site_feed],
        )
    elif page is not None and hasattr(page, "get_url"):
        subject = Subject(
            "page",
            page,
            page.seo_title or page.title,
            getattr(page, "meta_description", ""),
            content.page_url(request, page),
            [site_feed],
        )
    elif isinstance(person, Person):
        subject = Subject(
            "author",
            person,
            person.name,
            person.role or f"Stories by {person.name}",
            content.absolute_url(request, person.get_absolute_url()) + listing_suffix(request),
            [site_feed, ("author", {"slug": person.slug}, f"{person.name} · {paper.name}")],
        )
    elif isinstance(tag, Tag):
        scopes = [site_feed]
        if context.get("articles"):
            scopes.append(("tag", {"slug": tag.slug}, f"{tag.name} · {paper.name}"))
        subject = Subject(
            "tag",
            tag,
            tag.name,
            f"Articles about {tag.name}",
            content.absolute_url(request, reverse("articles:tag", kwargs={"slug": tag.slug}))
            + listing_suffix(request),
            scopes,
        )
    elif "exception" in context and "request_path" in context:
        # Django's error pages: no canonical or social card for an address that does not exist.
        subject = Subject("error", feed_scopes=[site_feed])
    else:
        subject = Subject(
            "other", None, "", paper.tagline, content.absolute_url(request, request.path)
        )
        subject.feed_scopes = [site_feed]
    request._distribution_subject = subject
    return subject


def translations(request, page):
    """Return (language, URL) for each live translation of `page`, or nothing without any."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) or not hasattr(
        page, "get_translations"
    ):
        return []
    pages = list(page.get_translations(inclusive=True).live().public().select_related("locale"))
    if len(pages) < 2:
        return []
    return [(other.locale.language_code, content.page_url(request, other)) for other in pages]


@register.inclusion_tag("distribution/social_meta.html", takes_context=True)
def social_meta(context):
    """Canonical link, hreflang alternates, Open Graph and Twitter card tags for the page."""
    request = context.get("request")
    if request is None or subject_for(context).kind == "error":
        return {"subject": None}
    paper = PaperSettings.for_request(request)
    subject = subject_for(context)
    meta = {
        "paper": paper,
        "subject": subject,
        "og_type": {"article": "article", "author": "profile"}.get(subject.kind, "website"),
        "og_locale": paper.language.replace("-", "_"),
        "alternates": [],
        "image": None,
        "card": "summary",
    }
    if subject.kind in {"article", "section", "home", "page"}:
        meta["alternates"] = translations(request, subject.obj)
    if subject.kind == "article":
        article = subject.obj
        if article.lead_photo:
            rendition = content.rendition(article.lead_photo, content.WIDE_IMAGE)
            meta["image"] = image_meta(request, rendition, article.lead_photo.description)
            meta["card"] = "summary_large_image"
        meta["article"] = {
            "published": article.first_published_at,
            "modified": content.updated_at(article),
            "section": article.get_parent().title,
            "tags": [tag.name for tag in article_tags(context, article)],
            "authors": [
                content.absolute_url(request, credit.url) for credit in article.byline.authors
            ],
        }
        creators = [c.person.x_handle for c in article.byline.authors if c.person.x_handle]
        meta["creator"] = creators[0] if creators else ""
    elif subject.kind == "author" and subject.obj.photo:
        rendition = content.rendition(subject.obj.photo, SQUARE_IMAGE)
        meta["image"] = image_meta(request, rendition, f"Portrait of {subject.obj.name}")
        meta["creator"] = subject.obj.x_handle
    return meta


def image_meta(request, rendition, alt):
    return {
        "url": content.absolute_url(request, rendition.url),
        "type": content.media_type(rendition),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt,
    }


def article_tags(context, article):
    """Return the article's tags by name, reusing the page's own list when the view made one."""
    tags = context.get("article_tags")
    return sorted(article.tags.all() if tags is None else tags, key=lambda tag: tag.name)


@register.inclusion_tag("distribution/feed_links.html", takes_context=True)
def feed_links(context):
    """Autodiscovery links for the feeds of the page: the paper's, and its section, author or tag."""
    if context.get("request") is None:
        return {"links": []}
    subject = subject_for(context)
    links = []
    for scope, kwargs, title in subject.feed_scopes:
        for kind in FORMATS:
            links.append(
                {
                    "title": f"{title} ({FORMAT_LABELS[kind]})",
                    "type": MEDIA_TYPES[kind],
                    "href": reverse(f"distribution:{scope}_{kind}", kwargs=kwargs),
                }
            )
    return {"links": links}


@register.inclusion_tag("distribution/structured_data.html", takes_context=True)
def structured_data_scripts(context):
    """JSON-LD for the page: the article and its breadcrumbs, a section's, or the website."""
    request = context.get("request")
    if request is None:
        return {"documents": []}
    paper = PaperSettings.for_request(request)
    subject = subject_for(context)
    documents = []
    if subject.kind == "article":
        article = subject.obj
        section = article.get_parent()
        describe = (
            structured_data.live_blog_posting
            if isinstance(article, LiveBlogPage)
            else structured_data.news_article
        )
        documents.append(
            describe(
                request,
                article,
                paper=paper,
                options=DistributionSettings.for_request(request),
                tags=article_tags(context, article),
            )
        )
        documents.append(
            structured_data.breadcrumbs(
                request,
                [
                    (paper.name, "/"),
                    (section.title, section.get_url(request)),
                    (article.title, article.get_url(request)),
                ],
            )
        )
    elif subject.kind == "section":
        section = subject.obj
        documents.append(
            structured_data.breadcrumbs(
                request, [(paper.name, "/"), (section.title, section.get_url(request))]
            )
        )
    elif subject.kind == "home":
        documents.append(structured_data.website(request, paper))
    return {
        "documents": [structured_data.to_json(document) for document in documents],
    }
