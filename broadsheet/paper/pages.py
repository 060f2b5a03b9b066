"""The base every public Wagtail page shares."""

from wagtail.models import Page

from .restrictions import restrictions_for


class PublicPage(Page):
    """A page readers see: gives templates a description and a picture for listings and cards."""

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

    def get_view_restrictions(self):
        """Answer Wagtail's per-request restriction check from the cached list.

        Our public pages are never aliases, so the page's own path covers its ancestors.
        """
        if self.alias_of_id:
            return super().get_view_restrictions()
        return restrictions_for(self)
