"""Answer 410 Gone, not 404, at the address of a story the agency killed or withheld."""

from django.shortcuts import render
from wagtail.models import Site

from .models import ItemState, WireItem

WITHDRAWN = [ItemState.KILLED, ItemState.WITHHELD]


def withdrawn_at(request):
    """Tell whether the page at the request's path is an agency story killed or withheld."""
    site = Site.find_for_request(request)
    if site is None:
        return False
    path = request.path if request.path.endswith("/") else f"{request.path}/"
    url_path = site.root_page.url_path.rstrip("/") + path
    return WireItem.objects.filter(
        state__in=WITHDRAWN, article__url_path=url_path, article__live=False
    ).exists()


class WithdrawnStoryMiddleware:
    """Turn the 404 at a killed or withheld story's address into a 410 with the same chrome."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 404
            and request.method in {"GET", "HEAD"}
            and withdrawn_at(request)
        ):
            gone = render(request, "wires/withdrawn.html", status=410)
            # The cache headers the 404 was given (after the redirects had their say) stand.
            for header in ("Cache-Control", "Vary", "Surrogate-Key"):
                if header in response:
                    gone[header] = response[header]
            return gone
        return response
