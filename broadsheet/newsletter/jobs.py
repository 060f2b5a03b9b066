"""The daily briefing as a newsroom daily job: built at the set time, sent after the review window."""

import logging
from datetime import timedelta

from django.db.utils import DatabaseError
from django.utils import timezone

from broadsheet.newsroom.schedule import daily_job

from .digest import build_issue, daily_briefing, newsletter_settings, schedule_issue

logger = logging.getLogger(__name__)


def digest_due_time():
    """The local time the daily briefing is built, or None when it is switched off."""
    try:
        config = newsletter_settings()
    except DatabaseError:  # Not migrated yet.
        return None
    return config.digest_time if config.digest_enabled else None


# A morning briefing missed by more than six hours (the scheduler was down) is not sent late.
@daily_job("newsletter-digest", digest_due_time, late_limit=timedelta(hours=6))
def build_daily_briefing(day):
    """Build today's briefing and enqueue it to go once editors have had the review window."""
    newsletter = daily_briefing()
    if newsletter is None:
        logger.info("No automatic newsletter exists; nothing to build.")
        return None
    send_at = timezone.now() + newsletter_settings().review_window
    issue, created = build_issue(newsletter, day, send_at=send_at)
    if created:
        schedule_issue(issue, send_at)
    return issue
