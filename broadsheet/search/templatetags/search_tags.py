"""Template tags of the search app: the related articles under a story."""

from django import template

from broadsheet.search.related import related_articles

register = template.Library()


@register.simple_tag
def related_to(article, tags=None):
    """The articles to show under `article`: the editor's choice, or the automatic ranking."""
    return related_articles(article, tags=tags)
