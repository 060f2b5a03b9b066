"""Refresh the caches when live content changes: named caches, the page cache, the cache in front.

A publish or unpublish (an update, a kill, an expiry) starts a new content generation and purges
the pages that show the story (its own, its section's, the front page, its authors' and tags'
pages, feeds and sitemaps); a move, reorder, rename or delete changes the navigation, so every
page is purged. With a proxy in front (BROADSHEET_PURGE_URL, e.g. the nginx config in deploy/),
the proxy's copies of exactly those pages are refreshed once the change is committed, through
the task queue. A CDN configured through Wagtail's WAGTAILFRONTENDCACHE is sent the story's
section and the front page here (Wagtail sends the story itself).
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .caching import ANY_PUBLISH_KEY, bump_content_generation, proxy_addresses, purge, site_changed
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


@receiver(page_published)
@receiver(page_unpublished)
def live_content_changed(sender, instance, **kwargs):
    bump_content_generation()
    keys = keys_then_and_now(instance)
    purge(*keys)
    refresh_proxy_after_commit(keys, own_addresses(instance))
    rebake_after_commit(keys, own_addresses(instance))
    if settings.WAGTAILFRONTENDCACHE:
        batch = PurgeBatch()
        batch.add_pages(instance.get_ancestors().filter(depth__gte=2))
        batch.purge()


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
