"""The page cache: whole public pages kept for anonymous readers and served before any routing.

A stored page is fresh for BROADSHEET_CDN_MAX_AGE seconds, or until one of its surrogate keys is
purged (see `caching.purge`); it is then kept BROADSHEET_STALE_IF_ERROR seconds more, served when
the database is unavailable and, while one request renders the new copy, to the readers arriving
meanwhile (an answer marked `page_cache_wait_for_render`, the live blog endpoint, has them wait
up to WAIT_SECONDS for the new copy instead). Pages never stored get the paper's 503 page when
the database is unavailable.

Every shared page (stored or not) is answered 304 when the reader's `If-None-Match` or
`If-Modified-Since` still matches, and, with a proxy in front (BROADSHEET_PURGE_URL), its address
is noted under its surrogate keys so a purge can refresh the proxy's copy.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe

from .caching import (
    ANY_PUBLISH_KEY,
    SITE_KEY,
    current_versions,
    remember_proxy_address,
    surrogate_key_versions,
)

ENTRY_PREFIX = "broadsheet:page:"
LOCK_PREFIX = "broadsheet:page-lock:"
STORED_STATUS = {200, 301, 404}
DATABASE_ERRORS = (OperationalError, InterfaceError)
LOCK_SECONDS = 10  # the longest one render may hold a page's lock
WAIT_SECONDS = 2.0  # how long a reader waits for another's render of a page never stored
POLL_SECONDS = 0.05
RETRY_AFTER_SECONDS = 30


def uncached_prefixes():
    """Paths never stored: the admins, forms that act on a GET link, beacons, files."""
    return (
        "/admin/",
        "/django-admin/",
        "/newsletter/",
        "/subscribeNewsletter",
        "/readership/",
        settings.STATIC_URL,
        settings.MEDIA_URL,
    )


def shareable(request):
    """Tell whether `request` is an anonymous GET or HEAD of a page readers may share."""
    return (
        request.method in {"GET", "HEAD"}
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(uncached_prefixes())
    )


def servable(request):
    """Tell whether `request` may be answered from the cache: an anonymous GET or HEAD."""
    return settings.BROADSHEET_PAGE_CACHE and shareable(request)


def page_address(request, full_path=None):
    """The address of a page as readers asked for it (or of `full_path` on the same host)."""
    scheme = "https" if request.is_secure() else "http"
    return f"{scheme}://{request.get_host()}{full_path or request.get_full_path()}"


def entry_key(request, full_path=None):
    """The cache key of a page: a digest of its address."""
    return ENTRY_PREFIX + hashlib.sha256(page_address(request, full_path).encode()).hexdigest()


def storable(request, response):
    """Tell whether a rendered response is the same for every anonymous reader."""
    if request.method != "GET" or response.status_code not in STORED_STATUS:
        return False
    if response.streaming or response.cookies or getattr(response, "from_page_cache", False):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    cache_control = response.get("Cache-Control", "")
    return (
        vary <= {"accept-encoding"}
        and "public" in cache_control
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        # A page that used its response's CSP nonce cannot be shared between readers.
        and not getattr(request, "_csp_nonce", None)
    )


def prefill(request, full_path, response, started):
    """Store `response` as the answer to `full_path` on the request's host, rendered at `started`.

    For an answer that already knows what the next request will be: the live blog endpoint
    stores "nothing new since the cursor I just gave out", so the readers who move on to that
    cursor cost no render. A purge since `started` keeps it out, as for any stored page.
    """
    if servable(request) and storable(request, response):
        store(entry_key(request, full_path), response, started)


def is_fresh(entry):
    if time.time() - entry["stored_at"] >= settings.BROADSHEET_CDN_MAX_AGE:
        return False
    return current_versions(entry["versions"]) == entry["versions"]


def surrogate_keys_of(response):
    return response.get("Surrogate-Key", "").split() or [ANY_PUBLISH_KEY]


def answer_conditionally(request, response):
    """Answer `If-None-Match`/`If-Modified-Since` with 304 when the page has not changed."""
    if request.method not in {"GET", "HEAD"} or response.status_code != 200:
        return response
    etag = response.get("ETag")
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    if not (etag or last_modified):
        return response
    answer = get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=response
    )
    if answer.status_code == 304 and "X-Page-Cache" in response:
        answer["X-Page-Cache"] = response["X-Page-Cache"]
    return answer


def store(key, response, started):
    """Keep `response`, unless a purge of one of its keys came while it was rendering."""
    keys = surrogate_keys_of(response)
    versions = surrogate_key_versions([SITE_KEY, *keys], created_at=started)
    if any(version is None or version > started for version in versions.values()):
        return
    entry = {
        "status": response.status_code,
        "headers": list(response.items()),
        "content": response.content,
        "stored_at": started,
        "versions": versions,
        # A view's own policy (the e-paper's style hash): the CSP middleware applies it later.
        "csp": getattr(response, "_csp_config", None),
        "wait_for_render": getattr(response, "page_cache_wait_for_render", False),
    }
    timeout = settings.BROADSHEET_CDN_MAX_AGE + settings.BROADSHEET_STALE_IF_ERROR
    cache.set(key, entry, timeout=timeout)


def replay(entry, request, state):
    """Rebuild a stored page as a response; `state` is HIT or STALE."""
    body = b"" if request.method == "HEAD" else entry["content"]
    response = HttpResponse(body, status=entry["status"])
    for header, value in entry["headers"]:
        response[header] = value
    response["X-Page-Cache"] = state
    response.from_page_cache = True
    if entry.get("csp") is not None:
        response._csp_config = entry["csp"]
    return response


def wait_for_render(key):
    """Wait briefly while another request renders a page; return its entry, or None.

    Gives up at once when no lock is there (the cache is down, or the other render failed).
    """
    deadline = time.monotonic() + WAIT_SECONDS
    while cache.get(LOCK_PREFIX + key) is not None and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        entry = cache.get(key)
        if entry is not None:
            return entry
    return None


def wait_for_fresh(key):
    """Wait briefly while another request renders anew a page stored before; return the new
    copy, or None when the render is not done in time (or failed)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while cache.get(LOCK_PREFIX + key) is not None and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
    entry = cache.get(key)
    return entry if entry is not None and is_fresh(entry) else None


def unavailable_response(request):
    """Answer while the database is unavailable: the last good copy, or the paper's 503 page."""
    entry = getattr(request, "page_cache_entry", None)
    if entry is not None:
        return replay(entry, request, "STALE")
    content = render_to_string("503.html", {"paper_name": settings.WAGTAIL_SITE_NAME})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    return response


class PageCacheMiddleware:
    """Serve anonymous readers stored pages; store what they may share; degrade on errors."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not shareable(request):
            return self.get_response(request)
        response = self.serve(request) if servable(request) else self.get_response(request)
        if settings.BROADSHEET_PURGE_URL and (
            getattr(response, "from_page_cache", False) or storable(request, response)
        ):
            remember_proxy_address(page_address(request), surrogate_keys_of(response))
        return answer_conditionally(request, response)

    def serve(self, request):
        key = entry_key(request)
        entry = cache.get(key)
        if entry is not None and is_fresh(entry):
            return replay(entry, request, "HIT")
        request.page_cache_entry = entry
        locked = cache.add(LOCK_PREFIX + key, 1, timeout=LOCK_SECONDS)
        if not locked:
            if entry is not None and entry.get("wait_for_render"):
                # An answer whose stale copy would cost a render later (the live blog
                # endpoint: its reader would ask again with an old cursor): wait for the new one.
                fresh = wait_for_fresh(key)
                if fresh is not None:
                    return replay(fresh, request, "HIT")
            if entry is not None:
                return replay(entry, request, "STALE")
            entry = wait_for_render(key)
            if entry is not None:
                return replay(entry, request, "HIT")
        else:
            # Another request may have rendered and stored the page, and let go of its lock,
            # between the read above and this lock: serve its copy rather than render again.
            stored = cache.get(key)
            if stored is not None and is_fresh(stored):
                cache.delete(LOCK_PREFIX + key)
                return replay(stored, request, "HIT")
        started = time.time()
        try:
            response = self.get_response(request)
            if storable(request, response):
                store(key, response, started)
        finally:
            if locked:
                cache.delete(LOCK_PREFIX + key)
        if not getattr(response, "from_page_cache", False):
            response["X-Page-Cache"] = "MISS"
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return unavailable_response(request)
        return None
