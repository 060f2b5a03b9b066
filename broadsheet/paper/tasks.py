"""Background work after a change: refresh the proxy's copies of pages, update the baked copy."""

import logging
from urllib.error import URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.tasks import task

from .bake import rebake

logger = logging.getLogger(__name__)

REFRESH_HEADER = "X-Broadsheet-Refresh"
REFRESH_TIMEOUT = 30


def refresh_request(address):
    """The request that makes the proxy fetch `address` anew and keep the new copy."""
    parts = urlsplit(address)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return Request(
        settings.BROADSHEET_PURGE_URL.rstrip("/") + path,
        headers={
            "Host": parts.netloc,
            REFRESH_HEADER: settings.BROADSHEET_PURGE_SECRET,
            "User-Agent": "Broadsheet refresh",
        },
    )


@task()
def refresh_proxy(addresses: list[str]):
    """Ask the proxy in front to fetch each address anew; return how many it refreshed."""
    refreshed = 0
    for address in addresses:
        try:
            with urlopen(refresh_request(address), timeout=REFRESH_TIMEOUT) as response:
                response.read()
            refreshed += 1
        except URLError as error:
            status = getattr(error, "code", None)
            if status in {301, 404, 410}:  # an answer the proxy keeps like a page
                refreshed += 1
            else:
                logger.warning("The proxy did not refresh %s: %s", address, error)
        except OSError as error:
            logger.warning("The proxy did not refresh %s: %s", address, error)
    return refreshed


@task()
def rebake_site(keys: list[str], addresses: list[str]):
    """Bring the baked copy in BROADSHEET_BAKE_DIR up to date with a change to live content."""
    baker = rebake(settings.BROADSHEET_BAKE_DIR, keys, addresses)
    return {"written": baker.written, "removed": baker.removed}
