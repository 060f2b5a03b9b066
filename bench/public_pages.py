"""What each kind of public page costs on the demo paper: SQL queries and bytes.

For the home page, a section front, an article, an author page, a topic page, search, the e-paper
viewer and the newsletter-less people list, prints the SQL query count on a cold cache (everything
cleared, as after a publish) and a warm one (a running site), the render time, and the HTML size
raw and gzipped; then the CSS and JavaScript the article page loads.

    make demo   # or make run once, to load the demo paper into var/
    .venv/bin/python bench/public_pages.py [--data-dir var]
"""

import argparse
import gzip
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(client, url, connection, cache):
    from django.test.utils import CaptureQueriesContext

    figures = {}
    for state in ("cold", "warm"):
        if state == "cold":
            cache.clear()
        else:
            client.get(url)  # renditions made on the cold visit are cached on the next
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (url, response.status_code)
        figures[state] = (len(queries), elapsed)
    return figures, response.content


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=str(ROOT / "var"), help="the demo's data folder")
    args = parser.parse_args()
    os.environ["BROADSHEET_DATA_DIR"] = args.data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    from broadsheet.articles.models import ArticlePage, SectionPage
    from broadsheet.people.models import Person

    settings.ALLOWED_HOSTS = ["*"]
    article = ArticlePage.objects.live().filter(kind="news").order_by("-first_published_at").first()
    if article is None:
        sys.exit("No demo paper in this data folder: run `make demo` first.")
    section = SectionPage.objects.live().first()
    person = Person.objects.first()
    tag = article.tags.first()
    pages = {
        "home": "/",
        "section": section.url,
        "article": article.url,
        "author": person.get_absolute_url(),
        "topic": f"/tags/{tag.slug}/",
        "search": "/search/?q=harbour",
        "e-paper": "/epaper/",
        "people": "/authors/",
    }
    client = Client()
    print(
        f"{'page':<9} {'queries cold':>12} {'warm':>5} {'ms cold':>8} {'ms warm':>8} {'HTML bytes':>11} {'gzip':>6}"
    )
    article_html = b""
    for name, url in pages.items():
        try:
            figures, html = measure(client, url, connection, cache)
        except AssertionError as error:
            print(f"{name:<9} unavailable: {error}")
            continue
        if name == "article":
            article_html = html
        (cold_q, cold_ms), (warm_q, warm_ms) = figures["cold"], figures["warm"]
        print(
            f"{name:<9} {cold_q:>12} {warm_q:>5} {cold_ms:>8.0f} {warm_ms:>8.0f}"
            f" {len(html):>11} {len(gzip.compress(html, 9)):>6}"
        )

    print("\nAssets the article page loads (raw / gzip bytes):")
    totals = {"css": [0, 0], "js": [0, 0]}
    from django.contrib.staticfiles import finders

    for path in sorted(set(re.findall(rb'/static/([^"]+\.(?:css|js))', article_html))):
        name = re.sub(r"\.[0-9a-f]{12}\.", ".", path.decode())
        source = finders.find(name)
        data = Path(source).read_bytes() if source else b""
        kind = name.rsplit(".", 1)[1]
        totals[kind][0] += len(data)
        totals[kind][1] += len(gzip.compress(data, 9))
        print(f"  {name:<45} {len(data):>7} {len(gzip.compress(data, 9)):>6}")
    for kind, (raw, packed) in totals.items():
        print(f"  all {kind:<41} {raw:>7} {packed:>6}")


if __name__ == "__main__":
    main()
