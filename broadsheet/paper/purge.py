"""Refresh the caches when live content changes: named caches, the page cache, the cache in front.

A publish or unpublish (an update, a kill, an expiry) starts a new content generation and purges
the pages that show the story (its own, its section's, the front page, its authors' and tags'
pages, feeds and sitemaps); a move, reorder, rename or delete changes the navigation, so every
page is purged. With a proxy in front (BROADSHEET_PURGE_URL, e.g. the nginx config in deploy/),
the proxy's copies of exactly those pages are refreshed once the change is committed, through
the task queue. An unpublish also purges every article page, since any may list the story as
related. A CDN configured through Wagtail's WAGTAILFRONTENDCACHE is sent the story's
section and the front page here (Wagtail sends the story itself). Inside `purges_deferred()` (a
batch of agency copy) the keys are gathered and sent once, at its end.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .caching import (
    ANY_PUBLISH_KEY,
    BANNER_PATH,
    RELATED_KEY,
    banner_changed,
    expire,
    proxy_addresses,
    purge,
    site_changed,
)
from .models import Banner
from .tasks import rebake_site, refresh_proxy

PUBLISHED_KEYS_PREFIX = "broadsheet:published-keys:"


def purge_keys_of(page):
    """The surrogate keys of every page that shows `page`."""
    page = page.specific
    if hasattr(page, "purge_keys"):
        return page.purge_keys()
    return [f"page-{page.pk}", ANY_PUBLISH_KEY]


def keys_then_and_now(page):
    """The keys of the pages that show `page` now, and of those that showed its last version.

    A topic or an author taken off a story leaves their pages showing it: the keys noted at the
    previous publish name those too.
    """
    now = purge_keys_of(page)
    noted = PUBLISHED_KEYS_PREFIX + str(page.pk)
    then = cache.get(noted) or []
    cache.set(noted, now, timeout=None)
    return list(dict.fromkeys([*now, *then]))


def keys_then_and_now_of_many(pages):
    """`keys_then_and_now()` of all the `pages` together, with the queries and cache calls shared.

    Pages of a class with `purge_keys_of_many()` (the same keys as its `purge_keys()`, for many
    pages at once) are looked up together; the noted keys are read and written in one go.
    """
    now = {}
    by_class = {}
    for page in pages:
        page_class = type(page)
        # Only a class whose own purge_keys() is the one its bulk form stands for.
        bulk = defined_in(page_class, "purge_keys_of_many")
        if bulk is not None and bulk is defined_in(page_class, "purge_keys"):
            by_class.setdefault(page_class, []).append(page)
        else:
            now[page.pk] = purge_keys_of(page)
    for page_class, group in by_class.items():
        now.update(page_class.purge_keys_of_many(group))
    noted = {PUBLISHED_KEYS_PREFIX + str(pk): keys for pk, keys in now.items()}
    then = cache.get_many(list(noted))
    cache.set_many(noted, timeout=None)
    keys = set()
    for name, page_keys in noted.items():
        keys.update(page_keys, then.get(name) or [])
    return keys


def own_addresses(page):
    """The page's own address: it may be new there (the proxy may keep a 404 for it)."""
    parts = page.get_url_parts()
    if not parts or not parts[1]:
        return []
    _site_id, root_url, path = parts
    return [root_url.rstrip("/") + path]


def refresh_proxy_after_commit(keys, extra=()):
    """Once the change is committed, refresh the proxy's copies of the pages filed under `keys`."""
    if not settings.BROADSHEET_PURGE_URL:
        return
    addresses = list(dict.fromkeys([*extra, *proxy_addresses(*keys)]))
    if addresses:
        transaction.on_commit(lambda: refresh_proxy.enqueue(addresses))


def rebake_after_commit(keys, addresses):
    """Once the change is committed, re-render the baked files that show it (BROADSHEET_BAKE_DIR)."""
    if settings.BROADSHEET_BAKE_DIR:
        transaction.on_commit(lambda: rebake_site.enqueue(list(keys), list(addresses)))


def defined_in(cls, name):
    """The class in `cls`'s MRO that defines the attribute `name`, or None."""
    return next((klass for klass in cls.__mro__ if name in vars(klass)), None)


# The purges gathered by the innermost `purges_deferred()` block: (keys, ancestor page paths,
# the pages' own addresses, cache events, the published or unpublished pages by id, whose keys
# are looked up together at the end).
_deferred = ContextVar("deferred_purges", default=None)


@contextmanager
def purges_deferred():
    """Gather the purges of the publishes and unpublishes in the block; send them at its end.

    Run it outside the batch's transaction, so the purge follows the commit. Nested blocks join
    the outermost one.
    """
    if _deferred.get() is not None:
        yield
        return
    pending = (set(), set(), set(), set(), {})
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
        keys, paths, addresses, events, pages = pending
        if pages:
            keys.update(keys_then_and_now_of_many(list(pages.values())))
        send_purges(keys, paths, addresses, events)


def send_purges(keys, ancestor_paths, addresses=(), events=("site",)):
    """Purge `keys` and start a new generation of `events` (a story's: "stories", "opinion")."""
    if not keys:
        return
    expire(keys, events)
    refresh_proxy_after_commit(sorted(keys), sorted(addresses))
    rebake_after_commit(sorted(keys), sorted(addresses))
    if settings.WAGTAILFRONTENDCACHE and ancestor_paths:
        batch = PurgeBatch()
        batch.add_pages(Page.objects.filter(path__in=ancestor_paths, depth__gte=2))
        batch.purge()


def ancestor_paths(page):
    return {page.path[:end] for end in range(page.steplen, len(page.path), page.steplen)}


@receiver(page_published)
@receiver(page_unpublished)
def live_content_changed(sender, instance, signal=None, **kwargs):
    pending = _deferred.get()
    # In a batch the page's keys are looked up at its end, with the other pages' (the batch is
    # one transaction: no reader saw the versions between).
    keys = set() if pending is not None else set(keys_then_and_now(instance))
    paths = ancestor_paths(instance)
    wanted = settings.BROADSHEET_PURGE_URL or settings.BROADSHEET_BAKE_DIR
    addresses = set(own_addresses(instance)) if wanted else set()
    if signal is page_unpublished:
        keys.add(RELATED_KEY)  # it may be listed as related on any article
    # A story changes the named caches that list stories; another page (a section) changes all.
    cache_events = getattr(instance.specific, "cache_events", None)
    events = set(cache_events()) if cache_events else {"site"}
    if pending is not None:
        pending[0].update(keys)
        pending[1].update(paths)
        pending[2].update(addresses)
        pending[3].update(events)
        pending[4][instance.pk] = instance
        return
    send_purges(keys, paths, addresses, events)


@receiver(post_page_move)
@receiver(page_slug_changed)
def page_tree_changed(sender, **kwargs):
    site_changed()


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        site_changed()


@receiver(post_save, sender=Redirect)
@receiver(post_delete, sender=Redirect)
def redirect_changed(**kwargs):
    """A stored "not found" may now be a redirect: those pages are filed under any-publish."""
    purge(ANY_PUBLISH_KEY)


def banner_refreshed():
    """The banner changed or expired: every page anew, and the proxy's copy of `/banner.json`."""
    banner_changed()
    refresh_proxy_after_commit([], extra=[settings.BROADSHEET_BASE_URL.rstrip("/") + BANNER_PATH])


@receiver(post_save, sender=Banner)
@receiver(post_delete, sender=Banner)
def banner_saved(**kwargs):
    """A banner set, changed or taken down: every page shows the change at once."""
    banner_refreshed()
