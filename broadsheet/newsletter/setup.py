"""The two newsletters a paper starts with (also created by migration 0002)."""

from .models import Newsletter, NewsletterKind

STARTER_NEWSLETTERS = [
    {
        "slug": "daily-briefing",
        "name": "Daily briefing",
        "description": "The day's top stories every morning, chosen from the front page.",
        "kind": NewsletterKind.DAILY,
        "automatic": True,
        "signup_default": True,
    },
    {
        "slug": "opinion-weekly",
        "name": "Opinion weekly",
        "description": "The week's columns and editorials, every Sunday.",
        "kind": NewsletterKind.OPINION,
        "automatic": False,
        "signup_default": False,
    },
]


def ensure_newsletters():
    """Create the starter newsletters that are missing; return them all by slug."""
    return {
        values["slug"]: Newsletter.objects.get_or_create(slug=values["slug"], defaults=values)[0]
        for values in STARTER_NEWSLETTERS
    }
