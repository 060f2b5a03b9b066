"""The newsroom's scheduled work: the trash emptied once a day, scheduled pages published on time,
the breaking-news banner taken down at its expiry."""

from datetime import time

from broadsheet.newsroom.schedule import daily_job, every_pass
from broadsheet.paper.banner import take_down_expired

from .publishing import publish_scheduled
from .trash import purge_expired


def purge_due_time():
    return time(3, 30)


@daily_job("trash-purge", purge_due_time)
def purge_old_trash(day):
    """Delete for good the pages trashed more than TRASH_DAYS ago."""
    return purge_expired()


@every_pass("publish-scheduled")
def publish_scheduled_pages():
    """Publish what is due (embargoes that have lifted) and take down what has expired."""
    done = publish_scheduled()
    report = [
        f"{len(titles)} {what}"
        for titles, what in [
            (done.published, "scheduled page(s) published"),
            (done.expired, "expired page(s) taken down"),
            (done.failed, "failed, to be tried again"),
        ]
        if titles
    ]
    return "; ".join(report) or None


@every_pass("banner-expiry")
def take_down_expired_banner():
    """Purge every page once a banner's time is up, so none keeps showing it."""
    count = take_down_expired()
    return f"{count} expired banner(s) taken down" if count else None
