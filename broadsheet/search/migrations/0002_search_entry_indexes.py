"""What the search queries need on PostgreSQL (tiers.py): GIN on each vector and on the bylines,
publication time (newest first) overall and per section, and statistics on the vectors detailed
enough (the most common 100,000 words rather than 1,000) for the planner to tell a rare word from
a common one: walking the newest stories suits a common word and is ruinous for a rare one.
SQLite never reads the table."""

from django.db import migrations

TABLE = "broadsheet_search_searchentry"
INDEXES = {
    "search_entry_headline": "USING gin (headline) WITH (fastupdate = off)",
    "search_entry_summary": "USING gin (summary) WITH (fastupdate = off)",
    "search_entry_document": "USING gin (document) WITH (fastupdate = off)",
    "search_entry_bylines": "USING gin (author_ids) WITH (fastupdate = off)",
    "search_entry_newest": "(published_at DESC, article_id DESC)",
    "search_entry_section_newest": "(section_id, published_at DESC, article_id DESC)",
}


VECTORS = ["headline", "summary", "document"]
STATISTICS_TARGET = 10000


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX {name} ON {TABLE} {definition}")
        for column in VECTORS:
            schema_editor.execute(
                f"ALTER TABLE {TABLE} ALTER COLUMN {column} SET STATISTICS {STATISTICS_TARGET}"
            )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("broadsheet_search", "0001_search_entries")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
