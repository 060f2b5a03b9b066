"""The paper's identity (name, logo, tagline, app and social links, set per site in the admin) and
the breaking-news banner on every page."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
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


class BannerLevel(models.TextChoices):
    BREAKING = "breaking", "Breaking news"
    DEVELOPING = "developing", "Developing story"
    NOTICE = "notice", "Notice"


def default_expiry():
    return timezone.now() + timedelta(hours=2)


def validate_link(value):
    """A link is a path on this site (/news/…) or a full http(s) address."""
    if not value:
        return
    if value.startswith("//") or not value.startswith(("/", "https://", "http://")):
        raise ValidationError(
            "Give a path on this site, starting with / (such as /news/harbour-fire/), "
            "or a full address starting with https://."
        )


class BannerQuerySet(models.QuerySet):
    def showing(self, now=None):
        """The banners not yet expired, the most recently saved first (that one is shown)."""
        return self.filter(expires_at__gt=now or timezone.now()).order_by("-updated_at", "-pk")


class Banner(models.Model):
    text = models.CharField(
        max_length=160, help_text="One line readers see at the top of every page."
    )
    link = models.CharField(
        max_length=500,
        blank=True,
        validators=[validate_link],
        help_text="Where the banner leads: a story's path (/news/…) or a full address. Optional.",
    )
    level = models.CharField(
        max_length=20, choices=BannerLevel.choices, default=BannerLevel.BREAKING
    )
    expires_at = models.DateTimeField(
        "expires at",
        default=default_expiry,
        help_text=f"The banner comes off every page by itself at this time ({settings.TIME_ZONE} "
        "time). Set it to now to take the banner down at once.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    taken_down_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = BannerQuerySet.as_manager()

    class Meta:
        verbose_name = "breaking-news banner"
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.text

    def save(self, *args, **kwargs):
        if self.expires_at and self.expires_at > timezone.now():
            self.taken_down_at = None
        super().save(*args, **kwargs)

    @property
    def key(self):
        """Names this wording of the banner: a reader who dismissed it sees a new one again."""
        return f"{self.pk}-{int(self.updated_at.timestamp())}"

    def as_data(self):
        return {
            "key": self.key,
            "level": self.level,
            "label": self.get_level_display(),
            "text": self.text,
            "link": self.link,
            "expires_at": self.expires_at.isoformat(),
        }
