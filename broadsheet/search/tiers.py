"""The reader's search on PostgreSQL: the search entries, in three tiers of relevance.

An article matches when it holds every word. Matches come in tiers: every word in the headline;
every word in the headline, standfirst, bylines or tags; every word somewhere in the text (the
body too). Within a tier the newest story comes first, as a reader of a newspaper expects.

Each tier is a query ordered by publication time with a limit, which PostgreSQL answers either
by walking the publication-time index and checking each row (a common word: a few hundred rows
read) or through the GIN index (a rare word: a few rows), never by scoring every match. Large
statistics targets on the vectors (migration 0002) keep PostgreSQL's estimates of how common a
word is close enough to choose well. Counting stops at MAX_RESULTS: "more than 500 articles" is
as much as a reader can page through, and an exact count of a word found in a sixth of a
million articles costs more than the page it appears on.
"""

import json

from django.db import connection

from broadsheet.articles.models import ArticleAuthor

from .entries import search_config
from .models import SearchEntry

MAX_RESULTS = 500
# Trust PostgreSQL's estimate of the number of matches when it is this many times the cap.
ESTIMATE_MARGIN = 10
# The reader's words as a tsquery. With the configuration a constant, PostgreSQL folds this into
# the lexemes when planning, so its estimates see the actual words (and stop words drop out).
QUERY = "plainto_tsquery(%(config)s::regconfig, %(words)s)"
MATCH = f"e.document @@ {QUERY}"
TIERS = [
    f"e.headline @@ {QUERY}",
    f"e.summary @@ {QUERY} AND NOT e.headline @@ {QUERY}",
    f"e.document @@ {QUERY} AND NOT e.summary @@ {QUERY}",
]


class TieredSearch:
    """Live, public articles holding every one of `words`, by tier then newest, or newest first.

    Behaves like a sliceable sequence with count(), so Django's Paginator can page it; count()
    stops at MAX_RESULTS and `capped` tells when there were more.
    """

    def __init__(
        self, articles, words, *, section=None, person=None, since=None, until=None, by_date=False
    ):
        self.articles = articles  # what the page may show: checked again for every page of results
        self.words = words
        self.by_date = by_date
        self.filters, self.params = [], {}
        if section is not None:
            self.filters.append("e.section_id = %(section)s")
            self.params["section"] = section.pk
        if person is not None:
            self.filters.append(
                f"e.article_id IN (SELECT article_id FROM {ArticleAuthor._meta.db_table} "
                "WHERE person_id = %(person)s)"
            )
            self.params["person"] = person.pk
        if since is not None:
            self.filters.append("e.published_at >= %(since)s")
            self.params["since"] = since
        if until is not None:
            self.filters.append("e.published_at < %(until)s")
            self.params["until"] = until
        self.params.update(config=search_config(), words=" ".join(words))
        self._count = None
        self.capped = False

    def _where(self, condition):
        return " AND ".join([condition, *self.filters])

    def count(self):
        """Return the number of matches, at most MAX_RESULTS; `capped` tells when there are more.

        When PostgreSQL's own estimate (from the column statistics) is far above the cap, the
        estimate answers: counting a word found in a sixth of the archive, restricted to a
        section, reads tens of thousands of rows for a number the reader sees as "more than 500".
        """
        if self._count is None:
            matches = f"SELECT 1 FROM {SearchEntry._meta.db_table} e WHERE {self._where(MATCH)}"
            params = {**self.params, "limit": MAX_RESULTS + 1}
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (FORMAT JSON) {matches}", params)
                plan = cursor.fetchone()[0]
                plan = json.loads(plan) if isinstance(plan, str) else plan
                if plan[0]["Plan"]["Plan Rows"] > ESTIMATE_MARGIN * MAX_RESULTS:
                    found = MAX_RESULTS + 1
                else:
                    cursor.execute(f"SELECT count(*) FROM ({matches} LIMIT %(limit)s) m", params)
                    found = cursor.fetchone()[0]
            self.capped = found > MAX_RESULTS
            self._count = min(found, MAX_RESULTS)
        return self._count

    def __len__(self):
        return self.count()

    def ids(self, offset=0, limit=20):
        """Return the article ids at `offset`..`offset + limit` in rank order."""
        if limit <= 0 or offset >= MAX_RESULTS:
            return []
        limit = min(limit, MAX_RESULTS - offset)
        table = SearchEntry._meta.db_table
        newest = "published_at DESC, article_id DESC"
        conditions = [MATCH] if self.by_date else TIERS
        parts = [
            f"(SELECT e.article_id, {tier} AS tier, e.published_at FROM {table} e "
            f"WHERE {self._where(condition)} ORDER BY {newest} LIMIT %(depth)s)"
            for tier, condition in enumerate(conditions)
        ]
        sql = (
            f"SELECT article_id FROM ({' UNION ALL '.join(parts)}) ranked "
            f"ORDER BY tier, {newest} LIMIT %(limit)s OFFSET %(offset)s"
        )
        params = {**self.params, "depth": offset + limit}
        with connection.cursor() as cursor:
            cursor.execute(sql, {**params, "limit": limit, "offset": offset})
            return [row[0] for row in cursor.fetchall()]

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start = key.start or 0
        stop = key.stop if key.stop is not None else self.count()
        ids = self.ids(start, stop - start)
        by_id = self.articles.filter(pk__in=ids).in_bulk()
        return [by_id[pk] for pk in ids if pk in by_id]
