"""Turn live content into the API's plain data: public fields only, HTML sanitised with nh3."""

import nh3
from django.conf import settings
from django.utils.html import escape
from wagtail.rich_text import expand_db_html

from broadsheet.photos.renditions import existing_rendition

RENDITION_SPECS = ["fill-320x200", "width-800", "width-1600"]
ALLOWED_TAGS = {
    "p", "a", "b", "strong", "i", "em", "sup", "sub", "ul", "ol", "li", "br",
    "h2", "blockquote", "figure", "figcaption", "img", "aside", "h3", "cite",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "width", "height"}}


def absolute(url):
    if url and url.startswith("/"):
        return settings.BROADSHEET_BASE_URL.rstrip("/") + url
    return url or ""


def clean_html(html):
    """Sanitise HTML to the tags an article body uses; scripts, styles and handlers are dropped."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
    )


def rich_text_html(source):
    return clean_html(expand_db_html(source))


def image_data(photo, caption="", credit=""):
    if photo is None:
        return None
    renditions = {spec: existing_rendition(photo, spec) for spec in RENDITION_SPECS}
    return {
        "alt": photo.description or "",
        "caption": caption or photo.caption,
        "credit": credit or photo.credit,
        "width": photo.width,
        "height": photo.height,
        "renditions": [
            {
                "spec": spec,
                "url": absolute(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
            }
            for spec, rendition in renditions.items()
        ],
    }


def article_summary(article):
    authors = article.article_authors.all()
    section = None
    if getattr(article, "section_slug", None):
        section = {"slug": article.section_slug, "title": article.section_title}
    return {
        "id": article.pk,
        "headline": article.title,
        "standfirst": article.standfirst,
        "kind": article.kind,
        "url": absolute(article.get_url()),
        "section": section,
        "authors": [{"slug": link.person.slug, "name": link.person.name} for link in authors],
        "tags": [tag.name for tag in article.tags.all()],
        "first_published_at": article.first_published_at,
        "updated_at": article.updated_at,
        "lead_photo": image_data(article.lead_photo, article.lead_caption, article.lead_credit),
    }


def block_data(block):
    """Return one body block as {"type", "value"} with its rich text sanitised."""
    kind, value = block.block_type, block.value
    if kind == "paragraph":
        data = {"html": rich_text_html(value.source)}
    elif kind == "subheading":
        data = {"text": str(value)}
    elif kind == "pull_quote":
        data = {"quote": value["quote"], "attribution": value["attribution"]}
    elif kind == "photo":
        data = {"image": image_data(value["image"], value["caption"], value["credit"])}
    elif kind == "embed":
        data = {"url": getattr(value, "url", "") or ""}
    elif kind == "fact_box":
        data = {"title": value["title"], "html": rich_text_html(value["body"].source)}
    else:
        data = {}
    return {"type": kind, "value": data}


def block_html(block):
    value = block["value"]
    match block["type"]:
        case "paragraph":
            return value["html"]
        case "subheading":
            return f"<h2>{escape(value['text'])}</h2>"
        case "pull_quote":
            cite = f"<cite>{escape(value['attribution'])}</cite>" if value["attribution"] else ""
            return f"<blockquote><p>{escape(value['quote'])}</p>{cite}</blockquote>"
        case "photo" if value["image"]:
            image = value["image"]
            rendition = next(r for r in image["renditions"] if r["spec"] == "width-800")
            return (
                f'<figure><img src="{escape(rendition["url"])}" alt="{escape(image["alt"])}" '
                f'width="{rendition["width"]}" height="{rendition["height"]}">'
                f"<figcaption>{escape(image['caption'])}</figcaption></figure>"
            )
        case "embed":
            return f'<p><a href="{escape(value["url"])}">{escape(value["url"])}</a></p>'
        case "fact_box":
            return f"<aside><h3>{escape(value['title'])}</h3>{value['html']}</aside>"
    return ""


def article_detail(article):
    data = article_summary(article)
    blocks = [block_data(block) for block in article.body]
    data.update(
        {
            "dateline": article.dateline,
            "agency": article.agency,
            "body": blocks,
            "body_html": clean_html("\n".join(block_html(block) for block in blocks)),
            "corrections": [
                {"published_at": c.published_at, "text": c.text}
                for c in article.corrections.order_by("published_at")
            ],
        }
    )
    return data


def section_data(section):
    return {
        "id": section.pk,
        "slug": section.slug,
        "title": section.title,
        "intro": section.intro,
        "url": absolute(section.get_url()),
    }


def author_data(person):
    return {
        "id": person.pk,
        "slug": person.slug,
        "name": person.name,
        "role": person.role,
        "bio": person.bio,
        "is_columnist": person.is_columnist,
        "url": absolute(person.get_absolute_url()),
        "photo": image_data(person.photo),
    }
