"""The base every public Wagtail page shares."""

from wagtail.models import Page


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
