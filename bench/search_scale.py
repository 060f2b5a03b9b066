"""Search and article-page cost as the archive grows.

Generates articles in bulk (straight into the page tree, then into the search index: Wagtail's
FTS5 index on SQLite, the search entries on PostgreSQL), published at a steady 150 a day going
back in time, so a larger archive is a longer one, as a paper's is. At each size it prints search
latency p50/p95 over a fixed set of queries (the search page's own work: the count plus the first
page of 20, anywhere and in one section), the article page's SQL query count and render time
(cold: caches cleared before each request; warm), and the related-articles ranking's cost.

    .venv/bin/python bench/search_scale.py --sizes 10000,100000
    .venv/bin/python bench/search_scale.py --database-url postgres://postgres@127.0.0.1:5432/bs_search_bench \
        --sizes 10000,100000,1000000

It uses its own database (default: a fresh SQLite file under /tmp) and never the demo's.
"""

import argparse
import contextlib
import importlib
import itertools
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TOPICS = """harbour strike minister election council budget hospital school railway flood storm
court trial police fire museum gallery festival stadium league cup final transfer coach bank
inflation interest mortgage housing energy climate emissions drought harvest farmers port ferry
airport pilots nurses doctors teachers union pay talks treaty summit border refugees vaccine
virus research university students science telescope satellite rocket launch bridge tunnel
motorway traffic bus tram cycling library theatre opera novel author prize award election poll
parliament senate mayor governor protest march verdict appeal inquiry report scandal resignation
merger shares market exports tariffs factory jobs unemployment wages pension tax reform"""
TOPICS = list(dict.fromkeys(TOPICS.split()))
SYLLABLES = "ka lo mi ran te su vor del pa ni gre tal bo ces wen dri mor lin fa hu ost pel rik sa"
SYLLABLES = SYLLABLES.split()


# Articles published a day: a large daily's output, so 1,000,000 articles span about 18 years.
DAILY = 150

FILLER = "the a of to in and that for on with as at by from it was said is has have be an"
FILLER = FILLER.split()


def vocabulary(rng, size=20000):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return TOPICS + sorted(words)


class TextMaker:
    """Newspaper-like text: half filler words, half a Zipf-distributed vocabulary of 20,000 words.

    The most common content word ("harbour") ends up in roughly one article in six, the rare
    invented words in a handful, so the queries cover both ends.
    """

    def __init__(self, seed=6):
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng)
        self.cum_weights = list(
            itertools.accumulate(1 / (rank + 100) for rank in range(len(self.words)))
        )

    def words_(self, low, high):
        count = self.rng.randint(low, high)
        content = self.rng.choices(self.words, cum_weights=self.cum_weights, k=count)
        return [word if self.rng.random() < 0.5 else self.rng.choice(FILLER) for word in content]

    def sentence(self, low, high):
        text = " ".join(self.words_(low, high))
        return text[0].upper() + text[1:] + "."

    def paragraph(self):
        return " ".join(self.sentence(8, 18) for _ in range(self.rng.randint(2, 4)))


def prepare_database(url, fresh):
    if url.startswith("postgres"):
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            if fresh:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
    elif fresh:
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ["", "-wal", "-shm"]:
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def setup_django(url):
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.test")
    os.environ.setdefault("BROADSHEET_DATA_DIR", "/tmp/bs_search_bench_data")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]


def base36(number, width=4):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = alphabet[rest] + digits
    return digits.rjust(width, "0")


def build_fixtures():
    """Return (sections, people, tags, photo), creating them on first use."""
    from taggit.models import Tag

    from broadsheet.articles.models import SectionPage
    from broadsheet.people.models import Person
    from tests.factories import make_home, make_photo, make_section

    home = make_home()
    names = ["News", "World", "Business", "Sport", "Culture", "Science", "Opinion"]
    sections = [make_section(name, home=home) for name in names]
    sections = list(SectionPage.objects.filter(pk__in=[s.pk for s in sections]).order_by("path"))
    if not Person.objects.exists():
        Person.objects.bulk_create(
            Person(name=f"Reporter {first} {last}", slug=f"reporter-{first}-{last}".lower())
            for first in ["Ada", "Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal"]
            for last in ["Lane", "Ortiz", "Moss", "Khan", "Berg", "Nye"]
        )
    people = list(Person.objects.all())
    if not Tag.objects.exists():
        Tag.objects.bulk_create(
            Tag(name=f"{topic.title()} {n}", slug=f"{topic}-{n}")
            for topic in TOPICS
            for n in range(3)
        )
    tags = list(Tag.objects.all())
    photo = make_photo("Bench photo")
    return sections, people, tags, photo


def add_articles(count, sections, people, tags, photo, texts, batch=2000):
    """Insert `count` live articles spread over the sections, with bylines and tags, then index them."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.db.models import Max
    from wagtail.models import Locale, Page

    from broadsheet.articles.models import ArticleAuthor, ArticlePage, ArticleTag

    rng = texts.rng
    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    next_child = {}
    for section in sections:
        last = Page.objects.filter(
            path__startswith=section.path, depth=section.depth + 1
        ).aggregate(m=Max("path"))["m"]
        next_child[section.pk] = (int(last[-4:], 36) + 1) if last else 1
    newest = datetime(2026, 11, 1, tzinfo=UTC)
    serial = ArticlePage.objects.count()
    columns = [f.column for f in ArticlePage._meta.local_fields]
    insert = (
        f"INSERT INTO {ArticlePage._meta.db_table} ({', '.join(columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))})"
    )
    made = 0
    while made < count:
        size = min(batch, count - made)
        pages, extras, kinds = [], [], []
        for _ in range(size):
            section = rng.choice(sections)
            kinds.append("opinion" if section.slug == "opinion" else "news")
            number = next_child[section.pk]
            next_child[section.pk] += 1
            title = texts.sentence(5, 10).rstrip(".")
            slug = f"story-{section.slug}-{number}"
            # The archive grows back in time at a steady DAILY articles a day, as a paper's does.
            serial += 1
            published = newest - timedelta(days=serial / DAILY, minutes=rng.randint(0, 120))
            pages.append(
                Page(
                    path=section.path + base36(number),
                    depth=section.depth + 1,
                    numchild=0,
                    translation_key=uuid.uuid4(),
                    locale=locale,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    url_path=f"{section.url_path}{slug}/",
                    seo_title="",
                    search_description="",
                )
            )
            body = [
                {
                    "type": "paragraph",
                    "value": f"<p>{texts.paragraph()}</p>",
                    "id": str(uuid.uuid4()),
                }
                for _ in range(rng.randint(3, 6))
            ]
            extras.append((texts.sentence(12, 24), json.dumps(body)))
        with transaction.atomic():
            created = Page.objects.bulk_create(pages)
            if created[0].pk is None:  # SQLite before returning ids: read them back by path
                ids = dict(
                    Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk")
                )
                for page in created:
                    page.pk = ids[page.path]
            rows = []
            kind = {page.pk: page_kind for page, page_kind in zip(created, kinds, strict=True)}
            for page, (standfirst, body) in zip(created, extras, strict=True):
                values = {
                    "page_ptr_id": page.pk, "standfirst": standfirst, "kind": kind[page.pk], "dateline": "",
                    "agency": "", "lead_photo_id": photo.pk if page.pk % 3 == 0 else None,
                    "lead_caption": "", "lead_credit": "", "body": body, "updated_at": None,
                    "weight": 3,
                }  # fmt: skip
                rows.append([values[column] for column in columns])
            with connection.cursor() as cursor:
                cursor.executemany(insert, rows)
            ArticleAuthor.objects.bulk_create(
                ArticleAuthor(article_id=page.pk, person=person, sort_order=order)
                for page in created
                for order, person in enumerate(rng.sample(people, rng.choice([1, 1, 1, 2])))
            )
            ArticleTag.objects.bulk_create(
                ArticleTag(content_object_id=page.pk, tag=tag)
                for page in created
                for tag in rng.sample(tags, rng.randint(0, 3))
            )
        index_articles([page.pk for page in created], connection.vendor)
        made += size
        print(f"  … {made:,}/{count:,} added", file=sys.stderr, flush=True)
    for section in sections:
        Page.objects.filter(pk=section.pk).update(
            numchild=Page.objects.filter(
                path__startswith=section.path, depth=section.depth + 1
            ).count()
        )


@contextlib.contextmanager
def bulk_load(vendor):
    """On PostgreSQL, drop the search entries' GIN indexes while loading, then build them again:
    what a DBA does for a bulk import, as inserting into them row by row is slower by far."""
    if vendor != "postgresql":
        yield
        return
    from django.db import connection

    migration = importlib.import_module("broadsheet.search.migrations.0002_search_entry_indexes")
    gin = {name: sql for name, sql in migration.INDEXES.items() if "gin" in sql}
    with connection.cursor() as cursor:
        for name in gin:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
    try:
        yield
    finally:
        began = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '1GB'")
            for name, definition in gin.items():
                cursor.execute(f"CREATE INDEX {name} ON {migration.TABLE} {definition}")
            cursor.execute("RESET maintenance_work_mem")
        print(f"GIN indexes built in {time.perf_counter() - began:.0f}s", file=sys.stderr)


def index_articles(ids, vendor):
    """Index new articles where the reader's search looks: the search entries on PostgreSQL,
    Wagtail's index (FTS5) on SQLite. (Wagtail's index on PostgreSQL serves the admin only.)"""
    from wagtail.search.backends import get_search_backend

    from broadsheet.articles.models import ArticlePage
    from broadsheet.search.entries import refresh_entries

    if vendor == "postgresql":
        refresh_entries(ids)
        return
    backend = get_search_backend()
    index = backend.get_index_for_model(ArticlePage)
    objects = list(
        ArticlePage.objects.filter(pk__in=ids).prefetch_related("tags", "article_authors__person")
    )
    index.add_items(ArticlePage, objects)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure_search(queries, rounds=3, **filters):
    """Return p50 and p95 in ms of the search page's work: the count and the first page of 20."""
    from broadsheet.search.query import query_words, search_articles

    timings = []
    for query in queries:  # warm the database's own caches once
        results = search_articles(query_words(query), **filters)
        list(results[:20])
    for _ in range(rounds):
        for query in queries:
            began = time.perf_counter()
            results = search_articles(query_words(query), **filters)
            results.count()
            list(results[:20])
            timings.append((time.perf_counter() - began) * 1000)
    return percentile(timings, 0.5), percentile(timings, 0.95)


def measure_article_page(samples=8):
    """Return (cold queries, warm queries, cold render ms, warm render ms) over `samples` articles."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from broadsheet.articles.models import ArticlePage

    client = Client()
    ids = list(ArticlePage.objects.live().order_by("?").values_list("pk", flat=True)[:samples])
    cold_counts, warm_counts, cold_times, warm_times = [], [], [], []
    for pk in ids:
        url = ArticlePage.objects.get(pk=pk).url
        cache.clear()
        for counts, times in [(cold_counts, cold_times), (warm_counts, warm_times)]:
            with CaptureQueriesContext(connection) as queries:
                began = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            counts.append(len(queries))
    return (
        max(cold_counts),
        max(warm_counts),
        statistics.median(cold_times),
        statistics.median(warm_times),
    )


def measure_similar(samples=8):
    """Return (max queries, median ms) of search/similar.py's related-articles ranking."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from broadsheet.articles.models import ArticlePage
    from broadsheet.search.related import related_articles

    ids = list(ArticlePage.objects.live().order_by("?").values_list("pk", flat=True)[:samples])
    counts, timings = [], []
    for pk in ids:
        article = ArticlePage.objects.get(pk=pk)
        with CaptureQueriesContext(connection) as queries:
            began = time.perf_counter()
            related = related_articles(article)
            [link.person.name for item in related for link in item.article_authors.all()]
            timings.append((time.perf_counter() - began) * 1000)
        counts.append(len(queries))
    return max(counts), statistics.median(timings)


def document_frequency(word):
    """Return the share of live articles holding `word`, counted in full (the search page caps)."""
    from django.db import connection

    from broadsheet.articles.models import ArticlePage
    from broadsheet.search.ranking import RankedSearch

    live = ArticlePage.objects.live()
    if connection.vendor == "postgresql":
        from broadsheet.search.engine import search_config
        from broadsheet.search.models import SearchEntry

        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM {SearchEntry._meta.db_table} "
                "WHERE document @@ plainto_tsquery(%s::regconfig, %s)",
                [search_config(), word],
            )
            found = cursor.fetchone()[0]
    else:
        found = RankedSearch(live, [word]).count()
    return found / live.count()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="sqlite:////tmp/bs_search_bench.sqlite3")
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated article counts")
    parser.add_argument(
        "--keep", action="store_true", help="reuse the database from a previous run"
    )
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))

    prepare_database(args.database_url, fresh=not args.keep)
    setup_django(args.database_url)
    from django.core.management import call_command
    from django.db import connection

    from broadsheet.articles.models import ArticlePage

    call_command("migrate", verbosity=0)
    sections, people, tags, photo = build_fixtures()
    texts = TextMaker()
    queries = ["harbour", "minister", "strike talks", "council budget", "railway", "election poll",
               "museum", "vaccine research", "exports tariffs", "flood"]  # fmt: skip
    queries += [texts.rng.choice(texts.words[400:]) for _ in range(5)]  # rare words
    queries += ["zzzznothing", "Reporter Ada Lane", "bank inflation interest"]

    vendor = connection.vendor
    rows = []
    for size in sizes:
        have = ArticlePage.objects.count()
        if have < size:
            began = time.perf_counter()
            with bulk_load(vendor):
                add_articles(size - have, sections, people, tags, photo, texts)
            print(f"{size:,} articles ready in {time.perf_counter() - began:.0f}s", file=sys.stderr)
        with connection.cursor() as cursor:  # the statistics a live database keeps by itself
            cursor.execute("VACUUM ANALYZE" if vendor == "postgresql" else "ANALYZE")
        p50, p95 = measure_search(queries)
        section_p50, section_p95 = measure_search(queries, section=sections[0])
        cold, warm, cold_ms, warm_ms = measure_article_page()
        similar_queries, similar_ms = measure_similar()
        rows.append(
            (
                vendor,
                size,
                p50,
                p95,
                section_p50,
                section_p95,
                cold,
                warm,
                cold_ms,
                warm_ms,
                similar_queries,
                similar_ms,
            )
        )
        print(f"  'harbour' is in {document_frequency('harbour'):.0%} of articles", file=sys.stderr)

    print()
    if vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT version(), current_setting('shared_buffers')")
            version, shared_buffers = cursor.fetchone()
        print(f"{version.split(' on ')[0]}, shared_buffers {shared_buffers}")
    print(
        f"Search: {len(queries)} queries × 3 rounds, the count plus the first page of 20, "
        "anywhere and in one section. "
        "Article page: 8 random articles, cold (caches cleared) then warm; max queries, "
        "median render. Similar: search/similar.py for 8 articles, with the teasers' bylines."
    )
    print(
        "| database | articles | search p50 ms | search p95 ms | in a section p50 / p95 ms "
        "| page queries cold/warm | page render ms cold/warm | similar queries | similar ms |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for vendor, size, p50, p95, sp50, sp95, cold, warm, cold_ms, warm_ms, sq, sms in rows:
        print(
            f"| {vendor} | {size:,} | {p50:.1f} | {p95:.1f} | {sp50:.1f} / {sp95:.1f} "
            f"| {cold} / {warm} "
            f"| {cold_ms:.0f} / {warm_ms:.0f} | {sq} | {sms:.1f} |"
        )


if __name__ == "__main__":
    main()
