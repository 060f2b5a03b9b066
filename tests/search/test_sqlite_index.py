"""The layout of Wagtail's SQLite search index that search/ranking.py reads, as it stands today.

modelsearch owns these tables and pyproject.toml pins its minor version; these tests fail when
an upgrade changes what the reader's search on SQLite depends on.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from broadsheet.articles.models import ArticlePage
from broadsheet.search.engine import SQLITE, engine
from broadsheet.search.ranking import index_tables
from tests.factories import make_article, make_section

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="Wagtail's SQLite index"),
]


def test_the_sqlite_engine_is_the_one_chosen():
    assert engine() == SQLITE


def test_the_fts_table_has_the_columns_bm25_is_weighted_by():
    _entries, fts = index_tables()
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA table_info({fts})")
        columns = [row[1] for row in cursor.fetchall()]
    # ranking.py weighs bm25() by position: autocomplete 0, body 1, title TITLE_WEIGHT.
    assert columns == ["autocomplete", "body", "title"]


def test_a_published_article_is_found_through_the_rowid_and_its_entry():
    entries, fts = index_tables()
    article = make_article(
        make_section("News"), "Lighthouse keeper rescues kayaker", paragraphs=("Stormy seas.",)
    )
    content_type = ContentType.objects.get_for_model(ArticlePage).pk
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT CAST(e.object_id AS INTEGER), e.content_type_id FROM {fts} "
            f"JOIN {entries} e ON e.id = {fts}.rowid WHERE {fts} MATCH %s",
            ['{title body} : ("kayaker")'],
        )
        title_match = cursor.fetchall()
        cursor.execute(
            f"SELECT CAST(e.object_id AS INTEGER) FROM {fts} "
            f"JOIN {entries} e ON e.id = {fts}.rowid WHERE {fts} MATCH %s",
            ['{body} : ("stormy")'],
        )
        body_match = cursor.fetchall()
    assert (article.pk, content_type) in title_match
    assert (article.pk,) in body_match
