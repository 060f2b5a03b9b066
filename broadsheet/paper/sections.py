"""The paper's sections, as the masthead and the front page list them, cached per generation."""

from django.core.cache import cache

from broadsheet.articles.signals import content_generation


def live_sections():
    """Return the live sections in tree order, each with `title`, `slug`, `url_path`, `show_in_menus`."""
    from broadsheet.articles.models import SectionPage

    key = f"broadsheet:sections:{content_generation()}"
    sections = cache.get(key)
    if sections is None:
        sections = list(SectionPage.objects.live().public().order_by("path"))
        cache.set(key, sections, timeout=3600)
    return sections


def section_by_slug(slug):
    return next((section for section in live_sections() if section.slug == slug), None)
