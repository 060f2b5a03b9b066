"""The base every public Wagtail page shares."""

from django.conf import settings
from wagtail.admin.panels import PublishingPanel
from wagtail.models import Page, PageViewRestriction

from .caching import ANY_PUBLISH_KEY, add_surrogate_keys
from .restrictions import restrictions_for


class PublicPage(Page):
    """A page readers see: gives templates a description and a picture for listings and cards."""

    # The schedule says which clock it runs on: everyone in the admin sees the paper's time zone.
    settings_panels = [
        PublishingPanel(help_text=f"Times are {settings.TIME_ZONE} time, the paper's time zone."),
        *Page.settings_panels[1:],
    ]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return (
            self.search_description or getattr(self, "standfirst", "") or getattr(self, "intro", "")
        )

    @property
    def social_image(self):
        return getattr(self, "lead_photo", None)

    def surrogate_keys(self):
        """The keys the page cache files this page under; purging one of them drops it."""
        return [f"page-{self.pk}"]

    def purge_keys(self):
        """The keys of every page that shows this one: itself, its ancestors, the lists."""
        ancestors = self.get_ancestors().filter(depth__gte=2).values_list("pk", flat=True)
        return [
            f"page-{self.pk}",
            *(f"page-{pk}" for pk in ancestors),
            "feeds",
            "sitemaps",
            ANY_PUBLISH_KEY,
        ]

    @classmethod
    def purge_keys_of_many(cls, pages):
        """`purge_keys()` of each page, by page id, in one query for all their ancestors."""
        paths = {
            page.path[:end]
            for page in pages
            for end in range(page.steplen, len(page.path), page.steplen)
        }
        ids = dict(Page.objects.filter(path__in=paths, depth__gte=2).values_list("path", "pk"))
        return {
            page.pk: [
                f"page-{page.pk}",
                *(
                    f"page-{ids[page.path[:end]]}"
                    for end in range(page.steplen, len(page.path), page.steplen)
                    if page.path[:end] in ids
                ),
                "feeds",
                "sitemaps",
                ANY_PUBLISH_KEY,
            ]
            for page in pages
        }

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return add_surrogate_keys(response, *self.surrogate_keys())

    def get_view_restrictions(self):
        """Answer Wagtail's per-request restriction check from the cached list.

        Still a queryset, for the admin's privacy and copy views that filter and order it: only
        iterating it reads the cached list. Our public pages are never aliases, so the page's
        own path covers its ancestors.
        """
        if self.alias_of_id:
            return super().get_view_restrictions()
        ancestor_paths = [
            self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)
        ]
        restrictions = PageViewRestriction.objects.filter(page__path__in=ancestor_paths)
        restrictions._result_cache = restrictions_for(self)
        return restrictions
