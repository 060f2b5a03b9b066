"""Wagtail's frontend cache app, asked to purge a page only when a cache is configured.

Wagtail's own handlers queue a purge task on every publish even with WAGTAILFRONTENDCACHE
empty: one task row per story, which a wire batch of new stories pays for each time.
"""

from django.apps import apps
from django.conf import settings
from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig
from wagtail.signals import page_published, page_unpublished


class FrontendCacheConfig(WagtailFrontendCacheAppConfig):
    def ready(self):
        from wagtail.models import Page

        for model in apps.get_models():
            if issubclass(model, Page):
                page_published.connect(purge_page_when_configured, sender=model)
                page_unpublished.connect(purge_page_when_configured, sender=model)


def purge_page_when_configured(instance, **kwargs):
    if settings.WAGTAILFRONTENDCACHE:
        from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

        purge_page_from_cache(instance)
