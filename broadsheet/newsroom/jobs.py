"""Empty the trash of what it has kept longer than TRASH_DAYS, once a day."""

from datetime import time

from broadsheet.newsroom.schedule import daily_job

from .trash import purge_expired


def purge_due_time():
    return time(3, 30)


@daily_job("trash-purge", purge_due_time)
def purge_old_trash(day):
    """Delete for good the pages trashed more than TRASH_DAYS ago."""
    return purge_expired()
