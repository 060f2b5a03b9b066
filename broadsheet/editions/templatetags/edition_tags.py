"""The "Today's Paper" widget: the latest edition's front page, linking to the viewer."""

from django import template
from django.template.loader import render_to_string
from wagtail.models import Site

from broadsheet.paper.caching import cached_per_generation

register = template.Library()
WIDGET_TTL = 600


@register.simple_tag(takes_context=True)
def todays_paper(context):
    """Render the widget, cached per content generation (building an edition starts a new one)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    site_id = site.pk if site else 0
    return cached_per_generation(
        f"todays-paper:{site_id}", lambda: render_widget(site), timeout=WIDGET_TTL
    )


def render_widget(site):
    from broadsheet.editions.models import Edition, EditionPage

    edition = cover = None
    if site is not None:
        edition = Edition.objects.for_site(site).ready().order_by("-date").first()
        if edition is not None:
            cover = EditionPage.objects.filter(edition=edition, number=1).first()
    return render_to_string(
        "editions/includes/todays_paper.html", {"edition": edition, "cover": cover}
    )
