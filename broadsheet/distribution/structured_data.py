"""Schema.org JSON-LD for search engines: news articles, breadcrumbs, the website and the publisher."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import strip_tags

from broadsheet.articles.models import ArticleKind

from . import content

SCHEMA = "https://schema.org"
ARTICLE_TYPES = {
    ArticleKind.NEWS: "NewsArticle",
    ArticleKind.OPINION: "OpinionNewsArticle",
    ArticleKind.ANALYSIS: "AnalysisNewsArticle",
}
# What json_script escapes: nothing in the data can close the script element or open a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def to_json(data):
    """Serialise `data` for a <script type="application/ld+json"> element, safely escaped."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )


def image_object(request, rendition):
    return {
        "@type": "ImageObject",
        "url": content.absolute_url(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


def publisher(request, paper):
    """The paper as a NewsMediaOrganization, with its logo when it has one."""
    organization = {
        "@type": "NewsMediaOrganization",
        "name": paper.name,
        "url": content.absolute_url(request, "/"),
    }
    logo = content.rendition(paper.logo, content.LOGO_IMAGE)
    if logo is not None:
        organization["logo"] = image_object(request, logo)
    return organization


def person(request, author, paper=None):
    """A Person; one on the staff works for the paper."""
    data = {
        "@type": "Person",
        "name": author.name,
        "url": content.absolute_url(request, author.get_absolute_url()),
    }
    if author.role:
        data["jobTitle"] = author.role
    if paper is not None and author.on_staff:
        data["worksFor"] = {
            "@type": "NewsMediaOrganization",
            "name": paper.name,
            "url": content.absolute_url(request, "/"),
        }
    return data


def contributor(request, credit, paper=None):
    """A contributor in schema.org's Role form, so the role travels with the person."""
    return {
        "@type": "Role",
        "roleName": credit.role_label,
        "contributor": person(request, credit.person, paper),
    }


def news_article(request, article, *, paper, options, tags):
    """Describe an article as NewsArticle, OpinionNewsArticle or AnalysisNewsArticle."""
    url = content.page_url(request, article)
    section = article.get_parent()
    data = {
        "@context": SCHEMA,
        "@type": ARTICLE_TYPES.get(article.kind, "NewsArticle"),
        "@id": f"{url}#article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title,
        "description": article.standfirst,
        "datePublished": article.first_published_at,
        "dateModified": content.updated_at(article),
        "articleSection": section.title,
        "inLanguage": paper.language,
        "isAccessibleForFree": options.accessible_for_free,
        "publisher": publisher(request, paper),
    }
    if article.lead_photo:
        images = content.renditions(article.lead_photo, content.STRUCTURED_DATA_IMAGES)
        data["image"] = [image_object(request, rendition) for rendition in images.values()]
    byline = article.byline
    if byline.authors:
        data["author"] = [person(request, credit.person, paper) for credit in byline.authors]
    else:
        data["author"] = [{"@type": "Organization", "name": article.agency or paper.name}]
    if byline.contributors:
        data["contributor"] = [
            contributor(request, credit, paper) for credit in byline.contributors
        ]
    if article.dateline:
        data["dateline"] = article.dateline
    if tags:
        data["keywords"] = [tag.name for tag in tags]
    if article.public_corrections:
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": strip_tags(correction.note),
                "datePublished": correction.published_at,
            }
            for correction in article.public_corrections
        ]
    return data


def live_blog_posting(request, blog, *, paper, options, tags):
    """Describe a live blog as LiveBlogPosting: the article's fields, coverage and its entries."""
    data = news_article(request, blog, paper=paper, options=options, tags=tags)
    url = data["url"]
    data["@type"] = "LiveBlogPosting"
    data["@id"] = f"{url}#live-blog"
    data["coverageStartTime"] = blog.started_at
    if blog.coverage_end:
        data["coverageEndTime"] = blog.coverage_end
    data["liveBlogUpdate"] = [
        {
            "@type": "BlogPosting",
            "@id": f"{url}#{entry.anchor}",
            "url": f"{url}#{entry.anchor}",
            "headline": (entry.headline or entry.summary())[:110],
            "articleBody": entry.summary(),
            "datePublished": entry.posted_at,
            "dateModified": entry.changed_at,
            "author": person(request, entry.author),
            **(
                {"image": image_object(request, content.rendition(entry.photo, content.WIDE_IMAGE))}
                if entry.photo
                else {}
            ),
        }
        for entry in blog.public_entries
    ]
    return data


def breadcrumbs(request, trail):
    """Describe the way down from the home page: `trail` is (name, url) pairs, home first."""
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": content.absolute_url(request, url),
            }
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def website(request, paper):
    """Describe the site, with the search box search engines may show under it."""
    return {
        "@context": SCHEMA,
        "@type": "WebSite",
        "name": paper.name,
        "url": content.absolute_url(request, "/"),
        "inLanguage": paper.language,
        "publisher": publisher(request, paper),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": content.absolute_url(request, reverse("search:search"))
                + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }
