"""What a delivery says about an article: only what the public page already shows."""

from django.urls import reverse

from broadsheet.paper.links import absolute_url


def article_payload(article, live=True):
    """Describe `article` for a receiver; an unpublished one only by id and former address."""
    data = {"id": article.pk, "url": absolute_url(article.get_url())}
    if not live:
        return data
    section = article.get_parent()
    data.update(
        {
            "headline": article.title,
            "standfirst": article.standfirst,
            "kind": article.kind,
            "section": {"slug": section.slug, "title": section.title},
            "authors": [
                {"name": credit.name, "slug": credit.slug} for credit in article.byline.authors
            ],
            "contributors": article.byline.as_data(absolute_url),
            "byline": article.byline.text,
            "tags": sorted(tag.name for tag in article.tags.all()),
            "first_published_at": article.first_published_at.isoformat()
            if article.first_published_at
            else None,
            "updated_at": article.updated_at.isoformat() if article.updated_at else None,
            "corrections": [
                {"published_at": c.published_at.isoformat(), "text": c.note}
                for c in article.public_corrections
            ],
            "changes": [
                {"kind": c.kind, "published_at": c.published_at.isoformat(), "note": c.note}
                for c in article.public_changes
            ],
            "api_url": absolute_url(reverse("api:get_article", args=[article.pk])),
        }
    )
    return data
