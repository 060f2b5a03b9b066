"""Template tags for the paper's chrome: navigation, and fragments cached per content generation."""

from django import template
from django.templatetags.static import static

from broadsheet.articles.signals import content_generation
from broadsheet.paper.models import PaperSettings
from broadsheet.paper.sections import live_sections

register = template.Library()


@register.simple_tag
def generation():
    """Return the content generation, for cache keys of fragments that list live content."""
    return content_generation()


@register.inclusion_tag("paper/includes/section_nav.html", takes_context=True)
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


@register.simple_tag
def app_badge(store):
    return static(f"broadsheet/img/{store}-badge.svg")


@register.simple_tag
def default_paper():
    """The paper settings of the default site, for screens with no public site of their own."""
    return PaperSettings.for_default_site()
