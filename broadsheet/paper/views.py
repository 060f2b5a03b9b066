"""The error page every uncaught exception ends on: 503 while the database is away, else 500."""

import sys

from django.views.defaults import server_error as django_server_error

from .page_cache import DATABASE_ERRORS, unavailable_response


def server_error(request):
    """Serve the last good copy or the 503 page for a database outage, the 500 page otherwise."""
    if isinstance(sys.exception(), DATABASE_ERRORS):
        return unavailable_response(request)
    return django_server_error(request)
