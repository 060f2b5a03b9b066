"""Where read counts live: the database (the embedded default) or Redis (production).

BROADSHEET_READERSHIP_STORE picks one: "database" or "redis" (at BROADSHEET_READERSHIP_REDIS_URL).
"""

from collections import Counter
from datetime import UTC, timedelta
from functools import cache

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from .models import HourlyReadCount

WINDOW_HOURS = 24
KEY_PREFIX = "broadsheet:reads:"


def hour_of(moment):
    """Return the start of the UTC hour holding `moment`."""
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def window_hours(now=None):
    """Return the 24 hour starts of the rolling window ending with the current hour."""
    current = hour_of(now or timezone.now())
    return [current - timedelta(hours=n) for n in range(WINDOW_HOURS)]


class DatabaseStore:
    """Counts in HourlyReadCount rows: one row per article per hour."""

    def record(self, article_id, now=None):
        hour = hour_of(now or timezone.now())
        rows = HourlyReadCount.objects.filter(article_id=article_id, hour=hour)
        if rows.update(reads=F("reads") + 1):
            return
        try:
            with transaction.atomic():
                HourlyReadCount.objects.create(article_id=article_id, hour=hour, reads=1)
        except IntegrityError:  # another request created the row first
            rows.update(reads=F("reads") + 1)

    def most_read(self, limit, now=None):
        """Return [(article_id, reads)] for the rolling window, most read first."""
        hours = window_hours(now)
        rows = (
            HourlyReadCount.objects.filter(hour__gte=hours[-1], hour__lte=hours[0])
            .values("article_id")
            .annotate(total=Sum("reads"))
            .order_by("-total", "-article_id")[:limit]
        )
        return [(row["article_id"], row["total"]) for row in rows]


class RedisStore:
    """Counts in one sorted set per hour (member: article id), expiring after the window."""

    def __init__(self, url):
        import redis

        self.client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)

    @staticmethod
    def key(hour):
        return f"{KEY_PREFIX}{hour:%Y%m%d%H}"

    def record(self, article_id, now=None):
        key = self.key(hour_of(now or timezone.now()))
        pipe = self.client.pipeline()
        pipe.zincrby(key, 1, str(article_id))
        pipe.expire(key, (WINDOW_HOURS + 1) * 3600)
        pipe.execute()

    def most_read(self, limit, now=None):
        pipe = self.client.pipeline()
        for hour in window_hours(now):
            pipe.zrange(self.key(hour), 0, -1, withscores=True)
        totals = Counter()
        for members in pipe.execute():
            for member, score in members:
                totals[int(member)] += int(score)
        ranked = sorted(totals.items(), key=lambda item: (-item[1], -item[0]))
        return ranked[:limit]


@cache
def _store(kind, redis_url):
    if kind == "redis":
        return RedisStore(redis_url)
    if kind == "database":
        return DatabaseStore()
    raise ValueError(f"BROADSHEET_READERSHIP_STORE must be 'database' or 'redis', not {kind!r}")


def get_store():
    """Return the store the settings name."""
    return _store(settings.BROADSHEET_READERSHIP_STORE, settings.BROADSHEET_READERSHIP_REDIS_URL)
