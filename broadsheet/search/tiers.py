"""The reader's search on PostgreSQL: the search entries, in three tiers of relevance.

An article matches when it holds every word. Matches come in tiers: every word in the headline;
every word in the headline, standfirst, bylines or tags (the summary); every word somewhere in
the text. Within a tier the newest story comes first, as a reader of a newspaper expects.

Two plans, chosen from PostgreSQL's own estimates of the number of matches and of the rows the
filters allow (large statistics targets on the vectors, migration 0002, keep them close):
- few matches (up to the square root of 20 × the rows allowed: 4,500 in a million articles):
  all of them through the GIN index, tiered and sorted in one query, which also gives the count;
- many: for each tier, the newest matches by walking the publication-time index (the section's,
  with a section), which finds a page of a common word within a few hundred rows, merged into
  the page asked for.
Neither scores every match of a common word, so the cost stays flat as the archive grows.
Counting stops at MAX_RESULTS: "more than 500 articles" is as far as a reader pages, and when the
estimate is four times that, the estimate answers without counting.
"""

import json
import math

from django.db import connection

from .engine import search_config
from .models import SearchEntry
from .paging import RankedIds

MAX_RESULTS = 500
# Trust PostgreSQL's estimate of the number of matches when it is this many times the cap.
ESTIMATE_MARGIN = 4
PAGE_SIZE = 20
TABLE = SearchEntry._meta.db_table
# The reader's words as a tsquery. With the configuration a constant, PostgreSQL folds this into
# the lexemes when planning, so its estimates see the actual words (and stop words drop out).
QUERY = "plainto_tsquery(%(config)s::regconfig, %(words)s)"
MATCH = f"e.document @@ {QUERY}"
TIER = f"CASE WHEN e.headline @@ {QUERY} THEN 0 WHEN e.summary @@ {QUERY} THEN 1 ELSE 2 END"
# Each tier's own match, for the walks: overlapping sets (a headline match is a summary match),
# so that no walk has to pass over rows of another tier to find its own.
TIER_MATCHES = [f"e.headline @@ {QUERY}", f"e.summary @@ {QUERY}", MATCH]
NEWEST = "published_at DESC, article_id DESC"


def few_matches(candidates):
    """The most matches to read all at once among `candidates` rows (the filters' share of the
    table): up to there, reading every match costs less than walking to a page of them."""
    return math.sqrt(PAGE_SIZE * max(candidates, 1))


class TieredSearch(RankedIds):
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
            self.filters.append("e.author_ids @> ARRAY[%(person)s]::integer[]")
            self.params["person"] = person.pk
        if since is not None:
            self.filters.append("e.published_at >= %(since)s")
            self.params["since"] = since
        if until is not None:
            self.filters.append("e.published_at < %(until)s")
            self.params["until"] = until
        self.params.update(config=search_config(), words=" ".join(words))
        self._count = None
        self._ranked = None  # every match in order, when there are few
        self.capped = False

    def _where(self, condition):
        return "WHERE " + " AND ".join([condition, *self.filters])

    def estimate(self):
        """PostgreSQL's estimates of the matches and of the rows the filters allow, in one query."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {TABLE} e {self._where(MATCH)} "
                f"UNION ALL SELECT 1 FROM {TABLE} e {self._where('TRUE')}",
                self.params,
            )
            plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan
        matches, candidates = (branch["Plan Rows"] for branch in plan[0]["Plan"]["Plans"])
        return matches, candidates

    def count(self):
        """Return the number of matches, at most MAX_RESULTS; `capped` tells when there are more."""
        if self._count is None:
            estimate, candidates = self.estimate()
            if estimate <= few_matches(candidates):
                self._ranked = self._all_ranked()
                found = len(self._ranked)
            elif estimate > ESTIMATE_MARGIN * MAX_RESULTS:
                found = MAX_RESULTS + 1
            else:
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} e {self._where(MATCH)} "
                        "LIMIT %(limit)s) m",
                        {**self.params, "limit": MAX_RESULTS + 1},
                    )
                    found = cursor.fetchone()[0]
            self.capped = found > MAX_RESULTS
            self._count = min(found, MAX_RESULTS)
        return self._count

    def _all_ranked(self):
        """Every match (up to one past the cap) in rank order, through the GIN index: few matches."""
        order = NEWEST if self.by_date else f"tier, {NEWEST}"
        sql = (
            f"WITH matches AS MATERIALIZED (SELECT e.article_id, e.published_at, {TIER} AS tier "
            f"FROM {TABLE} e {self._where(MATCH)}) "
            f"SELECT article_id FROM matches ORDER BY {order} LIMIT %(limit)s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, {**self.params, "limit": MAX_RESULTS + 1})
            return [row[0] for row in cursor.fetchall()]

    def ids(self, offset=0, limit=PAGE_SIZE):
        """Return the article ids at `offset`..`offset + limit` in rank order."""
        if limit <= 0 or offset >= MAX_RESULTS:
            return []
        limit = min(limit, MAX_RESULTS - offset)
        self.count()
        if self._ranked is not None:
            return self._ranked[offset : offset + limit]
        if self.by_date:
            sql = (
                f"SELECT e.article_id FROM {TABLE} e {self._where(MATCH)} "
                f"ORDER BY {NEWEST} LIMIT %(limit)s OFFSET %(offset)s"
            )
        else:
            # The newest `depth` of each tier's matches hold the page: an article's tier is the
            # best it reaches, and what a tier loses to better ones, better ones make up.
            walks = " UNION ALL ".join(
                f"(SELECT e.article_id, {tier} AS tier, e.published_at FROM {TABLE} e "
                f"{self._where(condition)} ORDER BY {NEWEST} LIMIT %(depth)s)"
                for tier, condition in enumerate(TIER_MATCHES)
            )
            sql = (
                f"SELECT article_id FROM (SELECT article_id, min(tier) AS tier, published_at "
                f"FROM ({walks}) walked GROUP BY article_id, published_at) ranked "
                f"ORDER BY tier, {NEWEST} LIMIT %(limit)s OFFSET %(offset)s"
            )
        params = {**self.params, "depth": offset + limit, "limit": limit, "offset": offset}
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]
