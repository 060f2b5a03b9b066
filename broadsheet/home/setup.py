"""Give a fresh installation its home page and point the default site at it."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from .models import HomePage


@transaction.atomic
def ensure_home_page(title="Home"):
    """Return the home page, creating it (and replacing Wagtail's welcome page) when missing."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        for welcome in root.get_children().filter(slug="home").exact_type(Page):
            welcome.delete()
        home = root.add_child(instance=HomePage(title=title, slug="home", live=True))
    base = urlsplit(settings.BROADSHEET_BASE_URL)
    port = base.port or (443 if base.scheme == "https" else 80)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": base.hostname or "localhost",
            "port": port,
            "root_page": home,
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    return home
