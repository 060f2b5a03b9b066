"""Rank matches in Wagtail's SQLite search index with one SQL query per page of results.

Wagtail's database backends score each row with a correlated subquery that repeats the full-text
match for every candidate, which takes seconds at a few thousand articles. On SQLite this reads
the same index tables (kept up to date by Wagtail) directly, FTS5 with bm25(), and filters by
joining the article queryset's own SQL, so live/public/section/date filters stay in Django.
PostgreSQL has its own table of search entries (tiers.py); other backends (OpenSearch,
Elasticsearch, MySQL) go through Wagtail's `.search()` unchanged (engine.py chooses).

The index tables belong to modelsearch (Wagtail's search library), so pyproject.toml pins its
minor version and tests/search/test_sqlite_index.py checks the layout read here: the FTS5
table's columns in the order (autocomplete, body, title), its rowid the index entry's id, and
the entry's content type and object id.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connection
from wagtail.models import Page

from .paging import RankedIds

TITLE_WEIGHT = 2.0


def index_tables():
    """Return the names of modelsearch's index entry table and of its FTS5 table on SQLite."""
    from modelsearch.conf import get_app_config

    models = get_app_config()
    entry = models.get_model("IndexEntry")
    fts = models.get_model("SQLiteFTSIndexEntry")
    return entry._meta.db_table, fts._meta.db_table


class RankedSearch(RankedIds):
    """Articles matching `words` (all of them, or any with operator="or"), best first or newest.

    Behaves like a sliceable sequence with count(), so Django's Paginator can page it;
    a slice costs one ranking query plus the listing queries for the articles on it.
    """

    def __init__(self, articles, words, operator="and", by_date=False, listing=None):
        self.articles = articles
        self.words = [word.lower() for word in words]
        self.operator = operator
        self.by_date = by_date
        self.listing = listing or (lambda queryset: queryset)
        self._count = None
        self._match = None

    def _filter_sql(self):
        """Return (joins, where, params) that apply the article queryset's filters to the match.

        When the queryset filters only the article and page tables (live, public, section, dates,
        ids), its WHERE clause is reused as is on those tables, so no list of all live articles is
        ever built; otherwise its SQL becomes an IN (...) subquery.
        """
        query = self.articles.query
        article_table = self.articles.model._meta.db_table
        page_table = Page._meta.db_table
        joins = (
            f"JOIN {article_table} ON {article_table}.page_ptr_id = {{object_id}} "
            f"JOIN {page_table} ON {page_table}.id = {article_table}.page_ptr_id"
        )
        tables = {alias.table_name for alias in query.alias_map.values()}
        if tables <= {article_table, page_table} and len(query.alias_map) <= 2:
            compiler = query.get_compiler(connection=connection)
            try:
                where, params = compiler.compile(query.where)
            except FullResultSet:
                where, params = "1 = 1", []
            return joins, where, list(params)
        sql, params = self.articles.values("pk").query.sql_with_params()
        return joins, f"{page_table}.id IN ({sql})", list(params)

    def _match_sql(self):
        """Return (from_and_where_sql, params, score_sql, score_params), or None for no match."""
        if self._match is not None:
            return self._match or None
        entries, fts = index_tables()
        content_type = ContentType.objects.get_for_model(self.articles.model).pk
        try:
            joins, where, filter_params = self._filter_sql()
        except EmptyResultSet:
            self._match = ()
            return None
        joiner = " AND " if self.operator == "and" else " OR "
        phrases = joiner.join('"{}"'.format(word.replace('"', '""')) for word in self.words)
        # CROSS JOIN fixes SQLite's join order: the full-text match drives, never a scan.
        joins = joins.format(object_id="CAST(e.object_id AS INTEGER)").replace("JOIN", "CROSS JOIN")
        sql = (
            f"FROM {fts} CROSS JOIN {entries} e ON e.id = {fts}.rowid {joins} "
            f"WHERE {fts} MATCH %s AND e.content_type_id = %s AND ({where})"
        )
        params = [f"{{title body}} : ({phrases})", content_type, *filter_params]
        # bm25() is lower for better matches; columns are (autocomplete, body, title).
        score = f"bm25({fts}, 0.0, 1.0, {TITLE_WEIGHT})"
        self._match = (sql, params, score, [])
        return self._match

    def count(self):
        if self._count is None:
            match = self._match_sql()
            if match is None:
                self._count = 0
            else:
                sql, params, _score, _score_params = match
                with connection.cursor() as cursor:
                    cursor.execute(f"SELECT COUNT(*) {sql}", params)
                    self._count = cursor.fetchone()[0]
        return self._count

    def ids(self, offset=0, limit=20):
        """Return the ids of the articles at `offset`..`offset + limit` in rank order."""
        match = self._match_sql()
        if match is None or limit <= 0:
            return []
        sql, params, score, score_params = match
        page = Page._meta.db_table
        newest = f"{page}.first_published_at DESC, {page}.id DESC"
        if self.by_date:
            order, order_params = newest, []
        else:
            order, order_params = f"{score}, {newest}", score_params
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {page}.id {sql} ORDER BY {order} LIMIT %s OFFSET %s",
                [*params, *order_params, limit, offset],
            )
            return [row[0] for row in cursor.fetchall()]
