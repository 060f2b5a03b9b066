"""Related articles: the editor's choice, or those that share tags and section, newest first."""

from django.db.models import Count, IntegerField, Q, Value
from django.db.models.functions import Coalesce

RELATED_COUNT = 4


def related_articles(article, count=RELATED_COUNT, tags=None):
    """Return up to `count` live articles related to `article` (whose `tags` may be given)."""
    from .models import ArticlePage

    live = ArticlePage.objects.live().public().exclude(pk=article.pk)
    chosen_ids = list(
        article.related_links.order_by("sort_order").values_list("target_id", flat=True)
    )
    if chosen_ids:
        by_id = live.filter(pk__in=chosen_ids).for_listing().in_bulk()
        return [by_id[pk] for pk in chosen_ids if pk in by_id][:count]

    if tags is None:
        tags = article.tags.all()
    tag_ids = [tag.pk for tag in tags]
    parent_path = article.path[: -article.steplen]
    in_same_section = Q(path__startswith=parent_path, depth=article.depth)
    shares_tag = Q(tagged_items__tag_id__in=tag_ids)
    return list(
        live.filter(shares_tag | in_same_section)
        .annotate(
            shared_tags=Coalesce(
                Count("tagged_items", filter=shares_tag, distinct=True),
                Value(0),
                output_field=IntegerField(),
            )
        )
        .order_by("-shared_tags", "-first_published_at", "-pk")
        .for_listing()[:count]
    )
