"""Which beacons count: one read per reader per article per hour, and caps per address.

A reader is known only by a keyed hash of (address, User-Agent, article, hour) kept in the
cache for the hour: no cookie, nothing stored that names the reader, nothing kept longer.
"""

import hashlib
import hmac
import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

HOUR = 3600
READS_PER_ADDRESS_PER_HOUR = 120  # a busy office or a mobile carrier's NAT, not a script
READS_PER_ADDRESS_PER_ARTICLE_PER_HOUR = 3  # a few readers behind one address
KEY_PREFIX = "readership:beacon:"


def reader_key(address, user_agent, article_id, hour):
    """A keyed hash standing for one reader of one article in one hour."""
    message = f"{address}\n{user_agent}\n{article_id}\n{hour:%Y%m%d%H}".encode()
    key = hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:32]
    return f"{KEY_PREFIX}reader:{key}"


def address_key(address, hour, article_id=None):
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{address}\n{hour:%Y%m%d%H}".encode(), hashlib.sha256
    ).hexdigest()[:32]
    suffix = "" if article_id is None else f":{article_id}"
    return f"{KEY_PREFIX}address:{digest}{suffix}"


def _count(key):
    """Add one to an hourly counter and return the new value."""
    cache.add(key, 0, timeout=HOUR)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=HOUR)
        return 1


def should_count(address, user_agent, article_id, hour):
    """Tell whether this read counts: first from this reader this hour, and within the caps."""
    try:
        if not cache.add(reader_key(address, user_agent, article_id, hour), 1, timeout=HOUR):
            return False
        if _count(address_key(address, hour)) > READS_PER_ADDRESS_PER_HOUR:
            return False
        per_article = _count(address_key(address, hour, article_id))
        return per_article <= READS_PER_ADDRESS_PER_ARTICLE_PER_HOUR
    except Exception:  # the cache is down: count nothing rather than count without limits
        logger.warning("Read not counted: the cache holding the beacon limits is unavailable.")
        return False
