"""The newsroom's scheduled work: the trash emptied once a day, scheduled pages published on time."""

from datetime import time
from io import StringIO

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from broadsheet.newsroom.schedule import daily_job, every_pass

from .trash import purge_expired


def purge_due_time():
    return time(3, 30)


@daily_job("trash-purge", purge_due_time)
def purge_old_trash(day):
    """Delete for good the pages trashed more than TRASH_DAYS ago."""
    return purge_expired()


@every_pass("publish-scheduled")
def publish_scheduled():
    """Publish what is due (embargoes that have lifted) and unpublish what has expired."""
    due = Revision.objects.page_revisions().filter(approved_go_live_at__lt=timezone.now()).count()
    call_command("publish_scheduled", stdout=StringIO())
    return f"{due} scheduled page(s) published" if due else None
