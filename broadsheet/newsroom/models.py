from django.db import models


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
