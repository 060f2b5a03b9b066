"""The site's URLs plus one that fails, so the checkers can see the paper's 500 page."""

from django.urls import path

from broadsheet.urls import urlpatterns as site_urlpatterns


def fail(request):
    """Raise, as a bug would."""
    raise RuntimeError("a deliberate failure to show the 500 page")


urlpatterns = [path("checkers/server-error/", fail), *site_urlpatterns]
