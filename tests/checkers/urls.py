"""The site's URLs plus two that fail, so the checkers can see the paper's 500 and 503 pages."""

from django.db import OperationalError
from django.urls import path

from broadsheet.urls import handler500
from broadsheet.urls import urlpatterns as site_urlpatterns


def fail(request):
    """Raise, as a bug would."""
    raise RuntimeError("a deliberate failure to show the 500 page")


def database_away(request):
    """Raise what a query raises while the database server is down."""
    raise OperationalError("a deliberate outage to show the 503 page")


urlpatterns = [
    path("checkers/server-error/", fail),
    path("checkers/database-away/", database_away),
    *site_urlpatterns,
]
__all__ = ["handler500", "urlpatterns"]
