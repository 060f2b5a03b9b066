from datetime import timedelta

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import timezone
from wagtail.models import Page

TRASH_DAYS = 30


class ScheduledRun(models.Model):
    """A daily job claimed for one day; the unique pair makes each job run once per day."""

    job = models.CharField(max_length=100)
    day = models.DateField()
    started_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "day"], name="one_run_per_job_per_day")
        ]
        ordering = ["-day", "job"]

    def __str__(self):
        return f"{self.job} for {self.day}"


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
