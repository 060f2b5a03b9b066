"""Template tags for the paper's chrome: app badges, the paper's settings, and fragments cached per content generation."""

import time

from django import template
from django.conf import settings
from django.templatetags.static import static

from broadsheet.paper.banner import current_banner
from broadsheet.paper.caching import BANNER_PATH, cached_per_generation, fragment_key
from broadsheet.paper.models import PaperSettings

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        key = fragment_key(
            self.name.resolve(context), *(part.resolve(context) for part in self.vary_on)
        )
        return cached_per_generation(key, lambda: self.nodelist.render(context))


@register.tag
def cached_fragment(parser, token):
    """Cache the enclosed fragment per content generation: {% cached_fragment "name" page.pk %}."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs the fragment's name.")
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )


@register.simple_tag
def app_badge(store):
    return static(f"broadsheet/img/{store}-badge.svg")


@register.simple_tag
def default_paper():
    """The paper settings of the default site, for screens with no public site of their own."""
    return PaperSettings.for_default_site()


@register.inclusion_tag("paper/includes/banner.html")
def breaking_banner():
    """The breaking-news banner's place at the top of the page, with what its script polls."""
    return {
        "banner": current_banner(),
        "banner_url": BANNER_PATH,
        "poll_seconds": settings.BROADSHEET_BANNER_POLL_SECONDS,
        "rendered_at": int(time.time()),
    }
