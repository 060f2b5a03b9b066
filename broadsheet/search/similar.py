"""Related articles by meaning: text similarity through the search index, plus shared tags and section.

`similar_article_ids(article)` is what related.py asks when the editor chose nothing.
It costs at most three queries whatever the archive's size (seven on PostgreSQL, which first turns
the words into lexemes, and one more per content generation to read the word statistics): the
article's tags (none when the caller passes them), one full-text query (FTS5 on SQLite, the
search entries on PostgreSQL) and one tag-and-section query; loading the chosen articles with
their photos and bylines takes three more (related.py). Candidates are the live articles published within two months either
side of the article.
"""

from django.db import connection
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce

from broadsheet.articles.models import RELATED_WINDOW, ArticlePage
from broadsheet.paper.caching import cached_per_generation

from .engine import POSTGRESQL, SQLITE, engine, search_config
from .models import SearchEntry
from .query import query_words
from .ranking import RankedSearch

CANDIDATES = 30
# A word in more summaries than this tells few stories apart, and its index entries take long
# to read: on PostgreSQL, the text match leaves it out (as a search engine's IDF would weigh it).
COMMON_ARTICLES = 2000
MAX_TERMS = 8
TEXT_WEIGHT = 4.0
TAG_WEIGHT = 3.0
SECTION_WEIGHT = 1.0
# Common words carry no meaning for "about the same story"; the search backends drop some, not all.
STOPWORDS = frozenset(
    """a about after again against all also an and any are as at be been before being between
    but by can could did do does down during each few for from further had has have he her here
    him his how i if in into is it its just last may me more most new no nor not now of off on
    once only or other our out over own same says said she should so some such than that the
    their them then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would year years you your""".split()  # noqa: SIM905
)


def similarity_terms(article, tag_names=()):
    """Return the words that say what `article` is about: headline first, then tags, standfirst."""
    terms, seen = [], set()
    for text in [article.title, *tag_names, article.standfirst]:
        for word in query_words(text):
            key = word.lower()
            if len(key) > 2 and key not in STOPWORDS and key not in seen and not key.isdigit():
                seen.add(key)
                terms.append(key)
    return terms[:MAX_TERMS]


def common_lexemes():
    """The lexemes PostgreSQL's statistics count in more than COMMON_ARTICLES summaries."""

    def read():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples "
                "FROM pg_stats s JOIN pg_class c ON c.oid = %s::regclass "
                "WHERE s.schemaname = current_schema() AND s.tablename = %s "
                "AND s.attname = 'summary'",
                [SearchEntry._meta.db_table, SearchEntry._meta.db_table],
            )
            row = cursor.fetchone()
        if row is None or row[0] is None:
            return frozenset()
        lexemes, frequencies, entries = row
        share = COMMON_ARTICLES / max(entries, 1)
        return frozenset(
            lexeme
            for lexeme, frequency in zip(lexemes, frequencies, strict=False)
            if frequency > share
        )

    return cached_per_generation("common-summary-lexemes", read)


def similar_entries(article, terms):
    """Return the ids of the search entries sharing most of `terms`, near `article` in time."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s))",
            [search_config(), " ".join(terms)],
        )
        lexemes = cursor.fetchone()[0]
    common = common_lexemes()
    lexemes = [lexeme for lexeme in lexemes if lexeme not in common]
    if not lexemes:
        return []
    query = " | ".join("'{}'".format(lexeme.replace("'", "''")) for lexeme in lexemes)
    conditions = ["e.summary @@ %(query)s::tsquery", "e.article_id <> %(article)s"]
    params = {"query": query, "article": article.pk, "limit": CANDIDATES}
    if article.first_published_at:
        conditions.append("e.published_at BETWEEN %(start)s AND %(end)s")
        params["start"] = article.first_published_at - RELATED_WINDOW
        params["end"] = article.first_published_at + RELATED_WINDOW
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.article_id FROM {SearchEntry._meta.db_table} e "
            f"WHERE {' AND '.join(conditions)} "
            "ORDER BY ts_rank(e.summary, %(query)s::tsquery) DESC, e.published_at DESC "
            "LIMIT %(limit)s",
            params,
        )
        return [row[0] for row in cursor.fetchall()]


def similar_article_ids(article, count=4, tags=None):
    """Return the ids of up to `count` live articles about the same thing as `article`, best first.

    `tags`, the article's tags when the caller has them already, saves a query.
    """
    live = ArticlePage.objects.published().exclude(pk=article.pk)
    if article.first_published_at:
        # Stories about the same event run close together; the window keeps the cost flat.
        published = article.first_published_at
        live = live.filter(
            first_published_at__range=(published - RELATED_WINDOW, published + RELATED_WINDOW)
        )
    if tags is None:
        tags = article.tags.all()
    tags = [(tag.pk, tag.name) for tag in tags]
    tag_ids = [tag_id for tag_id, _name in tags]

    scores = {}
    terms = similarity_terms(article, [name for _id, name in tags])
    if terms:
        vendor = engine()
        if vendor == POSTGRESQL:
            ranked = similar_entries(article, terms)
        elif vendor == SQLITE:
            ranked = RankedSearch(live, terms, operator="or").ids(0, CANDIDATES)
        else:
            matches = live.only("pk").search(" ".join(terms), operator="or")[:CANDIDATES]
            ranked = [match.pk for match in matches]
        for position, pk in enumerate(ranked):
            scores[pk] = TEXT_WEIGHT * (1 - position / len(ranked))

    parent_path = article.path[: -article.steplen]
    in_same_section = Q(path__startswith=parent_path, depth=article.depth)
    shares_tag = Q(tagged_items__tag_id__in=tag_ids)
    neighbours = (
        live.filter(shares_tag | in_same_section | Q(pk__in=list(scores)))
        .values("pk", "path", "first_published_at")
        .annotate(
            shared_tags=Coalesce(
                Count("tagged_items", filter=shares_tag, distinct=True),
                Value(0),
                output_field=IntegerField(),
            ),
            text_match=Case(When(pk__in=list(scores), then=Value(1)), default=Value(0)),
        )
        .order_by("-text_match", "-shared_tags", "-first_published_at", "-pk")
        .values_list("pk", "shared_tags", "path", "first_published_at")[: CANDIDATES * 2]
    )
    recency = {}
    for pk, shared_tags, path, published in neighbours:
        same_section = path.startswith(parent_path) and len(path) == len(article.path)
        scores[pk] = scores.get(pk, 0.0) + TAG_WEIGHT * shared_tags + SECTION_WEIGHT * same_section
        recency[pk] = published
    best = sorted(
        (pk for pk in scores if pk in recency),
        key=lambda pk: (-scores[pk], -(recency[pk].timestamp() if recency[pk] else 0), -pk),
    )
    return best[:count]
