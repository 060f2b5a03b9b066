"""Tell the cache in front that a story's section and the front page changed with it.

Wagtail purges the published or unpublished page itself; the lists that show it would otherwise
stay stale for up to BROADSHEET_CDN_MAX_AGE.
"""

from django.conf import settings
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished


@receiver(page_published)
@receiver(page_unpublished)
def purge_listings(sender, instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_pages(instance.get_ancestors().filter(depth__gte=2))
    batch.purge()
