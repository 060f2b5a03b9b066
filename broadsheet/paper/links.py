"""Absolute addresses on the public site, for everything read away from it (API, mail, feeds' payloads)."""

from django.conf import settings


def absolute_url(url):
    """Return `url` as a full URL on the public site when it is a path; any other value as it is."""
    if url and url.startswith("/"):
        return settings.BROADSHEET_BASE_URL.rstrip("/") + url
    return url
