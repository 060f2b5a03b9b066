"""Drop hourly read counts once they are older than any list needs."""

from datetime import time, timedelta

from django.utils import timezone

from broadsheet.newsroom.schedule import daily_job

from .models import HourlyReadCount

KEEP_DAYS = 7


def prune_due_time():
    return time(4, 0)


@daily_job("readership-prune", prune_due_time)
def prune_read_counts(day):
    """Delete database read counts older than a week (Redis keys expire by themselves)."""
    cutoff = timezone.now() - timedelta(days=KEEP_DAYS)
    deleted, _ = HourlyReadCount.objects.filter(hour__lt=cutoff).delete()
    return deleted
