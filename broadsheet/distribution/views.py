"""Sitemap index, the sitemaps themselves, and robots.txt."""

from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from broadsheet.paper.caching import add_surrogate_keys

from . import content
from .sitemaps import sitemaps_for

SITEMAP_URL_NAME = "distribution:sitemap"
# Never crawled: the editors' admin and Django's own admin.
DISALLOWED_PATHS = ["/admin/", "/django-admin/"]


@require_safe
def sitemap_index(request):
    response = sitemap_views.index(
        request, sitemaps_for(request), sitemap_url_name=SITEMAP_URL_NAME
    )
    return add_surrogate_keys(response, "sitemaps")


@require_safe
def sitemap(request, section):
    """Serve one sitemap; the Google News one has its own namespace and template."""
    template_name = "distribution/news_sitemap.xml" if section == "news" else "sitemap.xml"
    response = sitemap_views.sitemap(
        request, sitemaps_for(request), section=section, template_name=template_name
    )
    return add_surrogate_keys(response, "sitemaps")


@require_safe
def robots_txt(request):
    index = reverse("distribution:sitemap_index")
    news = reverse(SITEMAP_URL_NAME, kwargs={"section": "news"})
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in DISALLOWED_PATHS),
        "",
        f"Sitemap: {content.absolute_url(request, index)}",
        f"Sitemap: {content.absolute_url(request, news)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
