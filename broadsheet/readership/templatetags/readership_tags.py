from django import template
from django.conf import settings

from broadsheet.articles.models import ArticlePage
from broadsheet.paper.caching import cached_per_generation

from ..stores import get_store, hour_of

register = template.Library()
MOST_READ_COUNT = 5


def most_read_articles(count=MOST_READ_COUNT):
    """Return the live articles most read in the last 24 hours, as (id, title, url) rows."""
    from django.utils import timezone

    def ranked_rows():
        ids = [article_id for article_id, _reads in get_store().most_read(count * 3)]
        by_id = ArticlePage.objects.published().filter(pk__in=ids).in_bulk()
        return [
            (article_id, by_id[article_id].title, by_id[article_id].url)
            for article_id in ids
            if article_id in by_id
        ][:count]

    return cached_per_generation(
        f"most-read:{hour_of(timezone.now()):%Y%m%d%H}",
        ranked_rows,
        timeout=settings.BROADSHEET_READERSHIP_LIST_TTL,
    )


@register.inclusion_tag("readership/most_read.html")
def most_read(article=None):
    """Render the most-read list; on an article page also the beacon that counts its reads."""
    return {"rows": most_read_articles(), "article": article}
