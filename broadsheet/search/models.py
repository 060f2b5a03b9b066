"""What the reader's search reads on PostgreSQL: one row per live, public article."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchEntry(models.Model):
    """A live, public article as the search sees it: its words, section, bylines and time.

    Only public articles ever get a row (entries.py keeps the table in step with publishing),
    so nothing unpublished can be found. The headline, summary (headline, standfirst, bylines and
    tags) and document (summary and body) vectors give the three tiers of relevance in tiers.py.
    Used on PostgreSQL only; on SQLite the table exists but stays empty.
    """

    article = models.OneToOneField(
        "articles.ArticlePage", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    section_id = models.IntegerField(help_text="The page id of the article's section.")
    published_at = models.DateTimeField()
    author_ids = ArrayField(
        models.IntegerField(), default=list, help_text="The people in the article's byline."
    )
    headline = SearchVectorField()
    summary = SearchVectorField()
    document = SearchVectorField()

    class Meta:
        verbose_name_plural = "search entries"

    def __str__(self):
        return f"Search entry for article {self.article_id}"
