"""Template tags for article pages: the dateline, and the opinion column widget."""

import re

from django import template
from django.db.models import Prefetch
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from broadsheet.articles.models import ArticleAuthor, ArticlePage
from broadsheet.articles.related import related_articles

register = template.Library()

OPENING_PARAGRAPH = re.compile(r"^\s*<p(\s[^>]*)?>")
OPINION_WIDGET_SIZE = 5


@register.filter
def with_dateline(html, dateline):
    """Open the first paragraph with the dateline: 'BEIJING — The talks…'."""
    html = str(html)
    if not dateline:
        return mark_safe(html)
    label = format_html('<span class="dateline">{} —</span> ', dateline.upper())
    match = OPENING_PARAGRAPH.match(html)
    if match is None:
        return mark_safe(f"<p>{label}</p>{html}")
    return mark_safe(html[: match.end()] + label + html[match.end() :])


@register.simple_tag
def related_to(article, tags=None):
    """The articles to show under `article`: the editor's choice, or the automatic ranking."""
    return related_articles(article, tags=tags)


@register.inclusion_tag("articles/includes/opinion_widget.html", takes_context=True)
def opinion_widget(context, exclude=None):
    """The latest opinion pieces with their columnists' photos, the newest highlighted."""
    pieces = (
        ArticlePage.objects.live()
        .public()
        .opinion()
        .newest_first()
        .prefetch_related(
            Prefetch(
                "article_authors",
                queryset=ArticleAuthor.objects.select_related("person__photo").order_by(
                    "sort_order"
                ),
            ),
            "article_authors__person__photo__renditions",
        )
    )
    if exclude is not None:
        pieces = pieces.exclude(pk=exclude.pk)
    return {"pieces": list(pieces[:OPINION_WIDGET_SIZE]), "request": context.get("request")}
