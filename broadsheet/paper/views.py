"""The paper's own views: the error page every uncaught exception ends on (503 while the
database is away, else 500), and the breaking-news banner that open pages poll."""

import sys

from django.conf import settings
from django.http import JsonResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.defaults import server_error as django_server_error

from .banner import current_banner
from .caching import SITE_KEY, add_surrogate_keys
from .page_cache import DATABASE_ERRORS, unavailable_response


def server_error(request):
    """Serve the last good copy or the 503 page for a database outage, the 500 page otherwise."""
    if isinstance(sys.exception(), DATABASE_ERRORS):
        return unavailable_response(request)
    return django_server_error(request)


def banner_json(request):
    """The breaking-news banner as open pages poll it: a few hundred bytes, cacheable briefly."""
    response = JsonResponse(
        {"banner": current_banner(), "poll_seconds": settings.BROADSHEET_BANNER_POLL_SECONDS}
    )
    age = settings.BROADSHEET_BANNER_MAX_AGE
    patch_cache_control(response, public=True, max_age=age, s_maxage=age)
    patch_vary_headers(response, ["Accept-Encoding"])
    return add_surrogate_keys(response, SITE_KEY)
