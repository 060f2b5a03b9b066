"""The mark a loaded demo paper leaves, so `load_demo` tells its own paper from a real one."""

from django.db import models
from django.utils import timezone


class DemoPaper(models.Model):
    """One row once `load_demo` has built the demo paper in this database."""

    loaded_at = models.DateTimeField(default=timezone.now)
    seed = models.IntegerField()
    stories = models.PositiveIntegerField()

    class Meta:
        verbose_name = "demo paper"

    def __str__(self):
        return f"Demo paper (seed {self.seed}, {self.stories} stories) loaded {self.loaded_at:%Y-%m-%d}"
