"""Related articles: the editor's choice, or the stories most alike in text, tags and section."""

from broadsheet.search.similar import similar_articles

RELATED_COUNT = 4


def related_articles(article, count=RELATED_COUNT, tags=None):
    """Return up to `count` live articles related to `article` (whose `tags` may be given)."""
    from .models import ArticlePage

    live = ArticlePage.objects.published().exclude(pk=article.pk)
    chosen_ids = list(
        article.related_links.order_by("sort_order").values_list("target_id", flat=True)
    )
    if chosen_ids:
        by_id = live.filter(pk__in=chosen_ids).for_listing().in_bulk()
        return [by_id[pk] for pk in chosen_ids if pk in by_id][:count]

    return similar_articles(article, count, tags=tags)
