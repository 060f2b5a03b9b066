"""Refresh the caches when live content changes: named caches, the page cache, the cache in front.

A story's publish or unpublish starts a new generation of the "stories" event (and "opinion"
for an opinion piece), so only the named caches that list stories recompute; another page's
(a section's, the home page's) starts a new generation of everything. Both purge the pages that show it
(its own, its section's, the front page, its authors' and tags' pages, feeds and sitemaps); a
move, reorder, rename or delete changes the navigation, so every page is purged. Wagtail purges
the published page itself from a proxy; the lists that show it are sent here.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .caching import ANY_PUBLISH_KEY, bump_content_generation, changed, purge, site_changed


def purge_keys_of(page):
    """The surrogate keys of every page that shows `page`."""
    page = page.specific
    if hasattr(page, "purge_keys"):
        return page.purge_keys()
    return [f"page-{page.pk}", ANY_PUBLISH_KEY]


@receiver(page_published)
@receiver(page_unpublished)
def live_content_changed(sender, instance, **kwargs):
    events = getattr(instance.specific, "cache_events", None)
    if events is None:
        bump_content_generation()
    else:
        changed(*events())
    purge(*purge_keys_of(instance))
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
