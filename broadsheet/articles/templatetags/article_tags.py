"""Template tags for article pages: the dateline, the opinion column widget, the section navigation."""

import re

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from broadsheet.articles.models import (
    OPINION_WIDGET_SIZE,
    ArticlePage,
    contributors_prefetch,
    latest_opinion_ids,
)
from broadsheet.articles.sections import live_sections, section_by_slug
from broadsheet.paper.caching import cached_per_generation, fragment_key

register = template.Library()

OPENING_PARAGRAPH = re.compile(r"^\s*<p(\s[^>]*)?>")
# The section the widget's heading links to, when the paper has one.
OPINION_SECTION = "opinion"


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


@register.simple_tag(takes_context=True)
def opinion_widget(context, exclude=None):
    """The latest opinion pieces with their columnists' photos, the newest highlighted.

    Cached once for the site, and once more for each piece it lists (whose page leaves itself
    out): never once per article.
    """
    ids = latest_opinion_ids()
    excluded = exclude.pk if exclude is not None and exclude.pk in ids else None
    key = fragment_key("opinion-widget", excluded or "site")
    return cached_per_generation(
        key, lambda: render_opinion_widget(context.get("request"), ids, excluded)
    )


def render_opinion_widget(request, ids, excluded):
    ids = [pk for pk in ids if pk != excluded][:OPINION_WIDGET_SIZE]
    by_id = (
        ArticlePage.objects.published()
        .filter(pk__in=ids)
        .prefetch_related(
            contributors_prefetch("person__photo"), "article_authors__person__photo__renditions"
        )
        .in_bulk()
    )
    pieces = [by_id[pk] for pk in ids if pk in by_id]
    return render_to_string(
        "articles/includes/opinion_widget.html",
        {"pieces": pieces, "opinion_section": section_by_slug(OPINION_SECTION), "request": request},
    )


@register.inclusion_tag("articles/includes/section_nav.html", takes_context=True)
def section_nav(context):
    """The sections in the masthead, the current one marked."""
    current_path = getattr(context.get("page"), "path", "")
    sections = [
        {
            "page": section,
            "is_current": bool(current_path) and current_path.startswith(section.path),
        }
        for section in live_sections()
        if section.show_in_menus
    ]
    return {"sections": sections, "request": context.get("request")}
