"""Cache headers for public responses, so a CDN or reverse proxy can serve most reads."""

import time

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import http_date

CACHEABLE_STATUS = {200, 203, 301, 404, 410}


class PublicCacheMiddleware:
    """Mark anonymous GET responses public (short browser TTL, longer CDN TTL), others private.

    A public page also gets an `ETag` (a digest of its body) and a `Last-Modified` (when it was
    rendered), so readers and proxies can revalidate it with a 304 (see `page_cache`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control") or request.method not in {"GET", "HEAD"}:
            return response
        anonymous = settings.SESSION_COOKIE_NAME not in request.COOKIES
        if anonymous and response.status_code in CACHEABLE_STATUS and not response.cookies:
            patch_cache_control(
                response,
                public=True,
                max_age=settings.BROADSHEET_PUBLIC_MAX_AGE,
                s_maxage=settings.BROADSHEET_CDN_MAX_AGE,
                stale_while_revalidate=settings.BROADSHEET_CDN_MAX_AGE,
                stale_if_error=settings.BROADSHEET_STALE_IF_ERROR,
            )
            patch_vary_headers(response, ["Accept-Encoding"])
            if response.status_code == 200 and not response.streaming:
                if not response.has_header("ETag"):
                    set_response_etag(response)
                if not response.has_header("Last-Modified"):
                    response["Last-Modified"] = http_date(time.time())
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response
