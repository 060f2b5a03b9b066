"""The paper's sections, as the masthead and the front page list them, cached per generation."""

from broadsheet.paper.caching import cached_per_generation

from .models import SectionPage


def live_sections():
    """Return the live sections in tree order, each with `title`, `slug`, `url_path`, `show_in_menus`."""
    return cached_per_generation(
        "sections", lambda: list(SectionPage.objects.published().order_by("path"))
    )


def section_by_slug(slug):
    return next((section for section in live_sections() if section.slug == slug), None)
