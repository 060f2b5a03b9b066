"""The breaking-news banner readers see: read once per content generation, taken down at expiry.

Saving or deleting a banner, and its expiry (the scheduler's `banner-expiry` job calls
`take_down_expired`), start a new content generation and purge every stored page
(`purge.banner_refreshed`: `caching.banner_changed`, and the proxy's copy of `/banner.json`). Pages also poll `/banner.json` (cacheable for
`BROADSHEET_BANNER_MAX_AGE` seconds) every `BROADSHEET_BANNER_POLL_SECONDS`, so a page kept open,
or a copy a CDN still holds, shows a new banner within a minute and drops an expired one at once.
"""

from datetime import datetime

from django.utils import timezone

from .caching import cached_per_generation
from .models import Banner
from .purge import banner_refreshed


def current_banner(now=None):
    """The banner readers see now, as data ({"key", "text", …}), or None."""
    data = cached_per_generation(
        "banner", lambda: next((b.as_data() for b in Banner.objects.showing()[:1]), {})
    )
    if not data:
        return None
    now = now or timezone.now()
    if datetime.fromisoformat(data["expires_at"]) <= now:
        return None  # expired moments ago; the scheduler's next pass purges the pages
    return data


def take_down_expired(now=None):
    """Refresh every page once for each banner whose time is up; return how many came down."""
    now = now or timezone.now()
    count = Banner.objects.filter(expires_at__lte=now, taken_down_at=None).update(taken_down_at=now)
    if count:
        banner_refreshed()
    return count
