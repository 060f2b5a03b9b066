"""Template tags for article pages: the dateline, the opinion column widget, the section navigation."""

import re

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from broadsheet.articles.models import ArticlePage, contributors_prefetch
from broadsheet.articles.sections import live_sections, section_by_slug
from broadsheet.paper.caching import cached_per_generation

register = template.Library()

OPENING_PARAGRAPH = re.compile(r"^\s*<p(\s[^>]*)?>")
OPINION_WIDGET_SIZE = 5
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


def latest_opinion_ids():
    """The ids of the newest opinion pieces, one more than the widget shows (for the exclusion)."""
    return cached_per_generation(
        "latest-opinion",
        lambda: list(
            ArticlePage.objects.published()
            .opinion()
            .newest_first()
            .values_list("pk", flat=True)[: OPINION_WIDGET_SIZE + 1]
        ),
    )


@register.inclusion_tag("articles/includes/opinion_widget.html", takes_context=True)
def opinion_widget(context, exclude=None):
    """The latest opinion pieces with their columnists' photos, the newest highlighted."""
    ids = [pk for pk in latest_opinion_ids() if exclude is None or pk != exclude.pk]
    ids = ids[:OPINION_WIDGET_SIZE]
    by_id = (
        ArticlePage.objects.published()
        .filter(pk__in=ids)
        .prefetch_related(
            contributors_prefetch("person__photo"), "article_authors__person__photo__renditions"
        )
        .in_bulk()
    )
    pieces = [by_id[pk] for pk in ids if pk in by_id]
    return {
        "pieces": pieces,
        "opinion_section": section_by_slug(OPINION_SECTION),
        "request": context.get("request"),
    }


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
