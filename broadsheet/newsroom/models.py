from datetime import timedelta

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import timezone
from wagtail.models import Page

TRASH_DAYS = 30


class RunState(models.TextChoices):
    RUNNING = "running", "Running"
    FAILED = "failed", "Failed, will retry"
    SUCCEEDED = "succeeded", "Succeeded"


class ScheduledRun(models.Model):
    """A daily job's run for one day: leased while it runs, done only once it succeeded.

    The unique pair means one row per job and day, so two schedulers never hold the same run; a
    lease that ran out (its scheduler died) or a failure whose retry time has come may be taken over.
    """

    job = models.CharField(max_length=100)
    day = models.DateField()
    state = models.CharField(max_length=20, choices=RunState.choices, default=RunState.RUNNING)
    attempts = models.PositiveIntegerField(default=0)
    leased_by = models.CharField(max_length=100, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    retry_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "day"], name="one_run_per_job_per_day")
        ]
        ordering = ["-day", "job"]

    def __str__(self):
        return f"{self.job} for {self.day} ({self.get_state_display().lower()})"


class TrashPage(Page):
    """The one page the trash's stories sit under: beside the home page, outside every site."""

    parent_page_types = []
    subpage_types = []
    is_creatable = False

    class Meta:
        verbose_name = "trash"

    def serve(self, request, *args, **kwargs):
        raise Http404

    def get_sitemap_urls(self, request=None):
        return []


class TrashedPageQuerySet(models.QuerySet):
    def expired(self, now=None):
        """The items kept longer than the trash keeps them."""
        cutoff = (now or timezone.now()) - timedelta(days=TRASH_DAYS)
        return self.filter(trashed_at__lt=cutoff)


class TrashedPage(models.Model):
    """A page in the trash: where it was, who moved it there, when, and what was live."""

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="trashed")
    parent = models.ForeignKey(
        Page, null=True, on_delete=models.SET_NULL, related_name="+", help_text="Where it was."
    )
    trashed_at = models.DateTimeField(default=timezone.now, db_index=True)
    trashed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    live_revisions = models.JSONField(
        default=dict, help_text="Page id to the revision that was live, for each page taken down."
    )

    objects = TrashedPageQuerySet.as_manager()

    class Meta:
        ordering = ["-trashed_at"]

    def __str__(self):
        return self.page.title

    @property
    def purge_after(self):
        return self.trashed_at + timedelta(days=TRASH_DAYS)


class Heartbeat(models.Model):
    """The last sign of life of one background process (the task worker, the scheduler)."""

    process = models.CharField(max_length=100, unique=True)
    host = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)
    started_at = models.DateTimeField()
    beat_at = models.DateTimeField()
    status = models.CharField(max_length=255, blank=True, help_text="What it last reported.")

    class Meta:
        ordering = ["process"]

    def __str__(self):
        return f"{self.process} at {self.beat_at:%H:%M:%S}"
