from django import template
from django.conf import settings
from django.core.cache import cache

from broadsheet.articles.models import ArticlePage
from broadsheet.articles.signals import content_generation

from ..stores import get_store, hour_of

register = template.Library()
MOST_READ_COUNT = 5


def most_read_articles(count=MOST_READ_COUNT):
    """Return the live articles most read in the last 24 hours, as (id, title, url) rows."""
    from django.utils import timezone

    key = f"broadsheet:most-read:{content_generation()}:{hour_of(timezone.now()):%Y%m%d%H}"
    rows = cache.get(key)
    if rows is None:
        ranked = get_store().most_read(count * 3)
        ids = [article_id for article_id, _reads in ranked]
        by_id = ArticlePage.objects.live().public().filter(pk__in=ids).in_bulk()
        rows = [
            (article_id, by_id[article_id].title, by_id[article_id].url)
            for article_id in ids
            if article_id in by_id
        ][:count]
        cache.set(key, rows, settings.BROADSHEET_READERSHIP_LIST_TTL)
    return rows


@register.inclusion_tag("readership/most_read.html")
def most_read(article=None):
    """Render the most-read list; on an article page also the beacon that counts its reads."""
    return {"rows": most_read_articles(), "article": article}
