"""How the paper is handed to feed readers, aggregators, search engines and social networks."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="globe")
class DistributionSettings(BaseSiteSetting):
    full_content_in_feeds = models.BooleanField(
        default=False,
        help_text="Put the whole story in RSS, Atom and JSON feeds; otherwise only the standfirst.",
    )
    accessible_for_free = models.BooleanField(
        default=True,
        help_text="Tell search engines the stories are free to read (no paywall).",
    )

    panels = [FieldPanel("full_content_in_feeds"), FieldPanel("accessible_for_free")]

    class Meta:
        verbose_name = "distribution settings"

    def __str__(self):
        return "Distribution settings"
