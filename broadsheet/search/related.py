"""Related articles: the editor's choice, or the stories most alike in text, tags and section."""

from broadsheet.articles.models import ArticlePage

from .similar import similar_article_ids

RELATED_COUNT = 4


def related_article_ids(article, count=RELATED_COUNT, tags=None):
    """Return the ids of the articles to show under `article`, best first (maybe unpublished)."""
    chosen_ids = list(
        article.related_links.order_by("sort_order").values_list("target_id", flat=True)
    )
    if chosen_ids:
        return chosen_ids
    return similar_article_ids(article, count, tags=tags)


def related_articles(article, count=RELATED_COUNT, tags=None):
    """Return up to `count` live articles related to `article` (whose `tags` may be given)."""
    ids = related_article_ids(article, count, tags=tags)
    if not ids:
        return []
    by_id = ArticlePage.objects.published().filter(pk__in=ids).for_listing().in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id][:count]
