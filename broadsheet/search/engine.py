"""Which search engine answers the reader: the one place that chooses.

`engine()` names the path every search takes (query.py, similar.py, entries.py ask it, nothing
else looks at the database vendor or the Wagtail backend):
- "postgresql": Wagtail's database backend on PostgreSQL; the reader's search and related
  articles read the search entries (entries.py, tiers.py);
- "sqlite": Wagtail's database backend on SQLite; they rank Wagtail's FTS5 index (ranking.py);
- None: any other Wagtail backend (OpenSearch, Elasticsearch, MySQL), through its `.search()`.
A new engine adds its name here and its branch in query.search_articles and
similar.similar_article_ids, each of which returns article ids or a sliceable RankedIds.
"""

from django.conf import settings
from django.db import connection
from wagtail.search.backends import get_search_backend

POSTGRESQL = "postgresql"
SQLITE = "sqlite"


def engine():
    """Return "sqlite" or "postgresql" when the default backend is Wagtail's database one there."""
    backend = type(get_search_backend()).__module__
    if connection.vendor == "sqlite" and backend.endswith("database.sqlite.sqlite"):
        return SQLITE
    if connection.vendor == "postgresql" and backend.endswith("database.postgres.postgres"):
        return POSTGRESQL
    return None


def entries_enabled():
    """Tell whether the reader's search uses the entries: Wagtail's database backend on PostgreSQL."""
    return engine() == POSTGRESQL


def search_config():
    """The PostgreSQL text search configuration: stemming and stop words of the paper's language."""
    return settings.BROADSHEET_SEARCH_CONFIG
