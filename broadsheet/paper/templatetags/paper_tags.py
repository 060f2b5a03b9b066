"""Template tags for the paper's chrome: navigation, and fragments cached per content generation."""

from django import template
from django.templatetags.static import static

from broadsheet.articles.signals import content_generation

register = template.Library()


@register.simple_tag
def generation():
    """Return the content generation, for cache keys of fragments that list live content."""
    return content_generation()


@register.inclusion_tag("paper/includes/section_nav.html", takes_context=True)
def section_nav(context):
    from broadsheet.articles.models import SectionPage

    request = context.get("request")
    page = context.get("page")
    current_path = getattr(page, "path", "")
    sections = list(
        SectionPage.objects.live().in_menu().order_by("path").only("title", "url_path", "path")
    )
    for section in sections:
        section.is_current = bool(current_path) and current_path.startswith(section.path)
    return {"sections": sections, "request": request}


@register.simple_tag
def app_badge(store):
    return static(f"broadsheet/img/{store}-badge.svg")
