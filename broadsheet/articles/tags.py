"""Topics readers may see: the tags of live, public articles, with how many carry each."""

from django.db.models import Count, OuterRef, Subquery
from taggit.models import Tag

from .models import ArticlePage, ArticleTag


def public_tags(articles=None):
    """Return the tags carried by at least one of `articles` (default: every published one).

    Each tag is annotated with `articles`, the number of those articles carrying it, so a tag
    worn only by drafts, embargoed or restricted stories neither exists nor is counted.
    """
    if articles is None:
        articles = ArticlePage.objects.published()
    items = ArticleTag.objects.filter(content_object__in=articles.order_by().values("pk"))
    counts = (
        items.filter(tag=OuterRef("pk"))
        .order_by()
        .values("tag")
        .annotate(count=Count("content_object", distinct=True))
        .values("count")
    )
    return Tag.objects.filter(pk__in=items.values("tag_id")).annotate(articles=Subquery(counts))
