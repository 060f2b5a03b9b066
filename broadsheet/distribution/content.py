"""What may be distributed: the live, public stories of the requested site, and their parts."""

import mimetypes
import re
import uuid

from django.conf import settings
from wagtail.models import Site

from broadsheet.articles.models import ArticlePage, SectionPage
from broadsheet.articles.tags import public_tags
from broadsheet.photos.renditions import existing_each, existing_rendition

# The three crops search engines ask for, each 1,200 px wide: 16:9, 4:3 and 1:1.
WIDE_IMAGE = "fill-1200x675"
STRUCTURED_DATA_IMAGES = (WIDE_IMAGE, "fill-1200x900", "fill-1200x1200")
LOGO_IMAGE = "max-600x60"

ABSOLUTE_ATTRIBUTE = re.compile(r'\b(src|href|poster)="(/[^/"][^"]*)"')
SRCSET_ATTRIBUTE = re.compile(r'\bsrcset="([^"]*)"')


def site_root(request):
    """Return the root page of the site the request is for, or None without any site."""
    site = Site.find_for_request(request)
    return site.root_page if site else None


def site_articles(request):
    """Return the published articles of the request's site, newest first."""
    articles = ArticlePage.objects.published().newest_first()
    root = site_root(request)
    if root is not None:
        articles = articles.descendant_of(root)
    return articles


def site_sections(request):
    """Return the published sections of the request's site, in tree order."""
    sections = SectionPage.objects.published().order_by("path")
    root = site_root(request)
    if root is not None:
        sections = sections.child_of(root)
    return sections


def site_tags(request):
    """Return the tags carried by at least one published article of the site."""
    return public_tags(site_articles(request))


def absolute_url(request, url):
    """Return `url` (a path or a full URL) as a full URL on the host the request came to."""
    return request.build_absolute_uri(url)


def page_url(request, page):
    return absolute_url(request, page.get_url(request))


def article_guid(article):
    """Return the article's feed id: a URN that survives edits, new slugs and moves."""
    return f"urn:uuid:{uuid.uuid5(article.translation_key, str(article.locale_id))}"


def updated_at(article):
    """Return when the story last changed materially: its update time, else its publication."""
    if article.updated_at and article.updated_at > article.first_published_at:
        return article.updated_at
    return article.first_published_at


def credit_data(request, byline):
    """Every credit of a byline as plain data with full URLs, in byline order."""
    return byline.as_data(lambda path: absolute_url(request, path))


def rendition(photo, spec):
    """The rendition of `spec`, never made here: the original stands in for a missing one."""
    return existing_rendition(photo, spec)


def renditions(photo, specs):
    """The renditions of `specs` in one look-up, never made here (the original stands in)."""
    return existing_each(photo, specs)


def media_type(rendition):
    return mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"


def language(request):
    from broadsheet.paper.models import PaperSettings

    return PaperSettings.for_request(request).language or settings.LANGUAGE_CODE


def absolutize_html(html, base_url):
    """Make the root-relative links and image sources in `html` absolute, for feed readers."""
    base_url = base_url.rstrip("/")
    html = ABSOLUTE_ATTRIBUTE.sub(lambda m: f'{m[1]}="{base_url}{m[2]}"', html)

    def srcset(match):
        candidates = []
        for candidate in match[1].split(","):
            candidate = candidate.strip()
            if candidate.startswith("/") and not candidate.startswith("//"):
                candidate = base_url + candidate
            candidates.append(candidate)
        return 'srcset="' + ", ".join(candidates) + '"'

    return SRCSET_ATTRIBUTE.sub(srcset, html)
