"""Read counts: how many times each article was read in each hour. Nothing about the reader."""

from django.db import models


class HourlyReadCount(models.Model):
    """The reads one article had in one clock hour (UTC), from the page's beacon."""

    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")
    hour = models.DateTimeField(help_text="The start of the hour, in UTC.")
    reads = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="one_read_count_per_hour")
        ]
        indexes = [models.Index(fields=["hour"])]

    def __str__(self):
        return f"{self.article_id} at {self.hour:%Y-%m-%d %H}:00: {self.reads}"
