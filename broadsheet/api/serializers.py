"""Turn live content into the API's plain data: public fields only, HTML sanitised (articles.sanitise)."""

from django.urls import reverse

from broadsheet.articles.sanitise import clean_published_html
from broadsheet.paper.links import absolute_url
from broadsheet.photos.representation import photo_data


def absolute(url):
    return absolute_url(url) or ""


def article_summary(article):
    byline = article.byline
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
        "authors": [{"slug": credit.slug, "name": credit.name} for credit in byline.authors],
        "contributors": byline.as_data(absolute),
        "byline": byline.text,
        "tags": [tag.name for tag in article.tags.all()],
        "first_published_at": article.first_published_at,
        "updated_at": article.updated_at,
        "lead_photo": photo_data(article.lead_photo, article.lead_caption, article.lead_credit),
    }


def block_data(child):
    """Return one body block as {"type", "value"}: the block's own API representation."""
    return {"type": child.block_type, "value": child.block.get_api_representation(child.value)}


def article_detail(article):
    data = article_summary(article)
    children = list(article.body)
    blocks = [block_data(child) for child in children]
    data.update(
        {
            "dateline": article.dateline,
            "agency": article.agency,
            "body": blocks,
            "body_html": clean_published_html(
                "\n".join(
                    child.block.api_html(data["value"])
                    for child, data in zip(children, blocks, strict=True)
                )
            ),
            "corrections": [
                {"published_at": c.published_at, "text": c.note} for c in article.public_corrections
            ],
            "changes": [
                {"kind": c.kind, "published_at": c.published_at, "note": c.note}
                for c in article.public_changes
            ],
            "changes_url": absolute(reverse("corrections:story", args=[article.pk]))
            if article.public_changes
            else None,
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
        "staff": person.on_staff,
        "url": absolute(person.get_absolute_url()),
        "photo": photo_data(person.photo),
    }
