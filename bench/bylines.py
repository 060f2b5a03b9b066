"""What a byline costs as contributors grow: the article page, the story's editor, the chooser.

    .venv/bin/python bench/bylines.py [--people 1000]

Makes its own data folder (a temporary SQLite database), migrates it, and adds `--people` guest
contributors and stories credited to 1, 10 and 50 of them. For each story it prints the SQL
queries and the median render time of the article page (warm caches, five runs) and of the
story's admin editor; then the person chooser's queries and time with `--people` people and with
ten times as many. Flat query counts are the target: a byline is read in one query whatever its
length, and the chooser pages the people instead of listing them. The machine's load average is
printed, as other processes slow every figure.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = 5
ROLES = ["reporting", "additional_reporting", "photography", "graphics", "editing"]


def configure(data_dir):
    os.environ["DJANGO_SETTINGS_MODULE"] = "broadsheet.settings.test"  # no page cache
    os.environ["BROADSHEET_DATA_DIR"] = str(data_dir)
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()


def measure(client, url):
    """Return (queries, median ms) of `url` once the caches are warm."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    return len(queries), statistics.median(timings)


def add_guests(count, start=0):
    from broadsheet.people.models import Person

    return Person.objects.bulk_create(
        (
            Person(name=f"Guest {n:05}", slug=f"guest-{n:05}", role="Freelance", on_staff=False)
            for n in range(start, start + count)
        ),
        batch_size=1000,
    )


def make_story(section, people, count):
    from broadsheet.articles.models import ArticleAuthor, ArticlePage

    story = ArticlePage(
        title=f"A story with {count} contributors",
        slug=f"story-{count}",
        standfirst="What happened.",
        body=[{"type": "paragraph", "value": "<p>Text.</p>"}],
        live=False,
    )
    for order, person in enumerate(people[:count]):
        role = ROLES[0] if order < 2 else ROLES[order % len(ROLES)]
        story.article_authors.add(ArticleAuthor(person=person, role=role, sort_order=order))
    section.add_child(instance=story)
    story.save_revision().publish()
    story.refresh_from_db()
    return story


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="broadsheet-bench-bylines-"))
    try:
        configure(scratch)
        from django.conf import settings
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        from broadsheet.articles.models import SectionPage
        from broadsheet.home.setup import ensure_home_page

        settings.ALLOWED_HOSTS = ["*"]
        call_command("migrate", verbosity=0)
        home = ensure_home_page(title="The Bench Courier")
        section = home.add_child(instance=SectionPage(title="News", slug="news", live=True))
        people = add_guests(args.people)
        stories = {count: make_story(section, people, count) for count in (1, 10, 50)}
        admin = get_user_model().objects.create_superuser("bench", "bench@example.org", "x")
        reader, editor = Client(), Client()
        editor.force_login(admin)

        print(f"{args.people} contributors; load average {os.getloadavg()[0]:.1f}")
        print(
            f"{'credits':>7} {'page queries':>12} {'page ms':>8} {'editor queries':>14} {'ms':>6}"
        )
        base = None
        for count, story in stories.items():
            page_q, page_ms = measure(reader, story.url)
            edit_q, edit_ms = measure(editor, f"/admin/pages/{story.pk}/edit/")
            base = base or (page_q, page_ms)
            print(f"{count:>7} {page_q:>12} {page_ms:>8.1f} {edit_q:>14} {edit_ms:>6.0f}")
        print(
            f"page with 50 credits / with 1: queries x{measure(reader, stories[50].url)[0] / base[0]:.2f}"
        )

        chooser = "/admin/snippets/choose/people/person/"
        few_q, few_ms = measure(editor, chooser)
        add_guests(args.people * 9, start=args.people)
        many_q, many_ms = measure(editor, chooser)
        print(
            f"chooser: {args.people} people {few_q} queries {few_ms:.0f} ms; "
            f"{args.people * 10} people {many_q} queries {many_ms:.0f} ms "
            f"(x{many_q / few_q:.2f} queries, x{many_ms / few_ms:.2f} time)"
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
