"""The paper's identity: name, logo, tagline, app and social links, set per site in the admin."""

from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from broadsheet.paper.caching import cached_per_generation, site_changed


@register_setting(icon="site")
class PaperSettings(BaseSiteSetting):
    name = models.CharField(max_length=100, default="The Daily Broadsheet")
    tagline = models.CharField(max_length=200, blank=True)
    logo = models.ForeignKey(
        "photos.Photo", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(
        max_length=10, default="en", help_text="BCP 47 language tag of the paper, e.g. en or en-GB."
    )
    app_store_url = models.URLField(blank=True, help_text="The paper's app on the App Store.")
    play_store_url = models.URLField(blank=True, help_text="The paper's app on Google Play.")
    x_handle = models.CharField(max_length=50, blank=True, help_text="Without the @.")
    facebook_url = models.URLField(blank=True)
    instagram_url = models.URLField(blank=True)
    youtube_url = models.URLField(blank=True)
    contact_email = models.EmailField(blank=True)
    about_text = models.TextField(blank=True, help_text="A sentence or two shown in the footer.")

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("tagline"), FieldPanel("logo"), FieldPanel("language")],
            heading="Masthead",
        ),
        MultiFieldPanel(
            [FieldPanel("app_store_url"), FieldPanel("play_store_url")], heading="Apps"
        ),
        MultiFieldPanel(
            [
                FieldPanel("x_handle"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
            ],
            heading="Social accounts",
        ),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("about_text")], heading="Footer"),
    ]

    class Meta:
        verbose_name = "paper settings"

    def __str__(self):
        return self.name

    @classmethod
    def for_site(cls, site):
        """Read the settings once per content generation; every public page shows them."""
        read = super().for_site
        return cached_per_generation(f"paper-settings:{site.pk}", lambda: read(site))

    @classmethod
    def for_default_site(cls):
        """The settings of the default site: the paper the admin and every mail speak for."""
        site = Site.objects.filter(is_default_site=True).first()
        return cls.for_site(site) if site else cls()

    @property
    def x_url(self):
        return f"https://x.com/{self.x_handle}" if self.x_handle else ""


@receiver(post_save, sender=PaperSettings)
def paper_settings_saved(created, **kwargs):
    """Refresh every page, except when a first request makes the defaults (nothing changes)."""
    if not created:
        site_changed()
