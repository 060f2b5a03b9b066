"""Keep the search entries (models.SearchEntry) in step with what is live and public.

Publishing, unpublishing and moving an article refresh its entry in the same transaction;
a view restriction or a renamed byline refreshes the articles it touches through the task
queue; deleting an article deletes its entry (a cascade). `manage.py rebuild_search_entries`
rebuilds the lot, after a bulk import or a change of text search configuration.
"""

from itertools import batched

from django.db import connection, transaction
from wagtail.models import Page, PageViewRestriction

from .engine import entries_enabled, search_config
from .models import SearchEntry
from .query import body_text

CHUNK = 500


def entry_texts(article):
    """Return (headline, summary, body) as plain text: what each vector of the entry is made of."""
    bylines = article.byline.names
    tags = [tag.name for tag in article.tags.all()]
    summary = " ".join([article.title, article.standfirst, *bylines, *tags])
    return article.title, summary, body_text(article)


UPSERT = f"""
INSERT INTO {SearchEntry._meta.db_table}
    (article_id, section_id, published_at, author_ids, headline, summary, document)
VALUES (%(id)s, %(section)s, %(published)s, %(authors)s,
        to_tsvector(%(config)s::regconfig, %(headline)s),
        to_tsvector(%(config)s::regconfig, %(summary)s),
        to_tsvector(%(config)s::regconfig, %(summary)s) || to_tsvector(%(config)s::regconfig, %(body)s))
ON CONFLICT (article_id) DO UPDATE SET
    section_id = EXCLUDED.section_id, published_at = EXCLUDED.published_at,
    author_ids = EXCLUDED.author_ids,
    headline = EXCLUDED.headline, summary = EXCLUDED.summary, document = EXCLUDED.document
"""


def refresh_entries(article_ids):
    """Write the entries of the live, public articles among `article_ids`; delete the others'."""
    from broadsheet.articles.models import ArticlePage, contributors_prefetch

    if not entries_enabled():
        return
    # Read the restrictions afresh: this may run before the cached list learns of a change.
    public = ArticlePage.objects.published(PageViewRestriction.objects.select_related("page"))
    for chunk in batched(sorted(set(article_ids)), CHUNK):
        articles = list(
            public.filter(pk__in=chunk).prefetch_related("tags", contributors_prefetch())
        )
        parents = {article.path[: -article.steplen] for article in articles}
        section_ids = dict(Page.objects.filter(path__in=parents).values_list("path", "pk"))
        rows = []
        for article in articles:
            headline, summary, body = entry_texts(article)
            published = article.first_published_at or article.last_published_at
            rows.append(
                {
                    "id": article.pk,
                    "section": section_ids[article.path[: -article.steplen]],
                    "published": published,
                    "authors": [person.pk for person in article.byline.people],
                    "config": search_config(),
                    "headline": headline,
                    "summary": summary,
                    "body": body,
                }
            )
        with transaction.atomic():
            gone = set(chunk) - {article.pk for article in articles}
            SearchEntry.objects.filter(pk__in=gone).delete()
            if rows:
                with connection.cursor() as cursor:
                    cursor.executemany(UPSERT, rows)


def refresh_subtree(path):
    """Refresh the entries of every article at or under the page at `path` (a treebeard path)."""
    from broadsheet.articles.models import ArticlePage

    ids = ArticlePage.objects.filter(path__startswith=path).values_list("pk", flat=True)
    refresh_entries(ids.iterator(chunk_size=CHUNK))


def rebuild_entries(progress=None):
    """Rebuild every entry: delete the lot, then write one per live, public article."""
    from broadsheet.articles.models import ArticlePage

    if not entries_enabled():
        return 0
    SearchEntry.objects.all().delete()
    ids = list(ArticlePage.objects.published().order_by("pk").values_list("pk", flat=True))
    for done, chunk in enumerate(batched(ids, CHUNK * 4), start=1):
        refresh_entries(chunk)
        if progress:
            progress(min(done * CHUNK * 4, len(ids)), len(ids))
    return len(ids)
