"""The "entries since" endpoint readers' pages poll: small, public and cached for seconds."""

import time

from django.conf import settings
from django.http import Http404, JsonResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control, patch_vary_headers

from broadsheet.paper import page_cache
from broadsheet.paper.caching import add_surrogate_keys

from .models import SINCE_ENTRIES, EntryState, LiveBlogPage, entry_cursor, moment_of


def bad_request(message):
    response = JsonResponse({"error": message}, status=400)
    patch_cache_control(response, no_store=True)
    return response


def entries_since(request, pk):
    """Entries published, edited or withdrawn after the cursor `since`, and how soon to ask again.

    The answer is filed under the live blog's surrogate key, so posting an entry purges it
    with the page; between changes every reader asking with the same cursor shares one copy.
    """
    since = request.GET.get("since", "")
    if not since.isdigit() or len(since) > 20:
        return bad_request("since must be the cursor a previous answer or the page gave.")
    started = time.time()
    blog = LiveBlogPage.objects.published().filter(pk=pk).first()
    if blog is None:
        raise Http404
    changes = list(
        blog.entries.public_changes()
        .filter(changed_at__gt=moment_of(int(since)))
        .for_display()
        .order_by("changed_at", "pk")[:SINCE_ENTRIES]
    )
    if not changes:
        return answer(blog, since, [], [])
    cursor = str(entry_cursor(changes[-1].changed_at))
    blog_url = request.build_absolute_uri(blog.url)
    entries = [
        {
            "id": entry.anchor,
            "at": entry_cursor(entry.posted_at),
            "edited": entry_cursor(entry.edited_at) or None,
            "html": render_to_string(
                "liveblogs/includes/entry.html",
                {"entry": entry, "blog_url": blog_url, "request": request},
            ),
        }
        for entry in changes
        if entry.state == EntryState.PUBLISHED
    ]
    removed = [entry.anchor for entry in changes if entry.state != EntryState.PUBLISHED]
    if len(changes) < SINCE_ENTRIES:
        # Readers move on to `cursor` next: have its "nothing new" answer ready, unrendered.
        page_cache.prefill(
            request, f"{request.path}?since={cursor}", answer(blog, cursor, [], []), started
        )
    return answer(blog, cursor, entries, removed)


def answer(blog, cursor, entries, removed):
    """The endpoint's JSON: the cursor to send next time, how soon, and what changed."""
    data = {"cursor": cursor, "poll": blog.poll_seconds, "entries": entries, "removed": removed}
    response = JsonResponse(data, json_dumps_params={"separators": (",", ":")})
    max_age = settings.BROADSHEET_LIVEBLOG_MAX_AGE
    patch_cache_control(
        response,
        public=True,
        max_age=max_age,
        s_maxage=max_age,
        stale_if_error=settings.BROADSHEET_STALE_IF_ERROR,
    )
    patch_vary_headers(response, ["Accept-Encoding"])
    response["X-Frame-Options"] = "DENY"  # set here too: a prefilled answer skips the middleware
    # Readers arriving while a change is rendered wait for it, rather than take the old answer
    # and come back with the old cursor, which would cost a second render.
    response.page_cache_wait_for_render = True
    return add_surrogate_keys(response, f"page-{blog.pk}")
