"""Ingest a mixed day of agency copy; print items per second and the peak memory.

    .venv/bin/python bench/wire_ingest.py --items 10000
    .venv/bin/python bench/wire_ingest.py --items 10000 \
        --database-url postgres://postgres@127.0.0.1:5432/bs_wire_bench

The items are generated here: ninjs 2.x (most), ninjs 1.x, NewsML-G2 newsMessages and RSS feeds
of several entries, from three agencies. About 70% are new stories, 18% newer versions of earlier
ones, 6% the same version again or an older one, and 6% kills. `--published` is the share of
files sent with --publish (default a third, and the RSS agency publishes on arrival): those
become live articles through Wagtail's publishing; the rest wait on the desk, where an item is
kept with its versions and becomes an article only when an editor publishes it. Every item goes
through the whole ingest (detect, parse, validate, record the version, write, publish or kill the
article) with the production settings' task queue (tasks are queued in the database, not run).
The files go through `ingest_batch()` 50 at a time, as the folder transport reads them.
It uses its own database (default: a fresh SQLite file under /tmp) and never the demo's.
Target: 200 items/s. On a shared machine the wall-clock rate counts other processes' turns, so
the rate per CPU second of this process is printed beside it (PostgreSQL's own work is outside
it), with the load average; `--profile FILE` writes cProfile stats of the ingest loop.
"""

import argparse
import json
import os
import random
import resource
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = [
    "harbour",
    "strike",
    "minister",
    "election",
    "council",
    "budget",
    "hospital",
    "school",
    "railway",
    "flood",
    "storm",
    "court",
    "trial",
    "police",
    "fire",
    "museum",
    "festival",
    "stadium",
    "league",
    "bank",
    "inflation",
    "housing",
    "energy",
    "climate",
    "port",
    "ferry",
    "airport",
    "nurses",
    "teachers",
    "union",
    "pay",
    "talks",
    "treaty",
    "summit",
    "border",
    "bridge",
    "tunnel",
    "traffic",
    "library",
    "theatre",
    "parliament",
    "mayor",
    "protest",
    "verdict",
    "inquiry",
    "report",
    "merger",
    "shares",
    "market",
    "exports",
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "that",
    "for",
    "on",
    "with",
    "as",
    "at",
    "by",
    "from",
    "said",
    "has",
    "have",
]
BASE_TIME = datetime(2027, 3, 1, 6, 0, tzinfo=UTC)


def prepare_database(url):
    if url.startswith("postgres"):
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
    else:
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ["", "-wal", "-shm"]:
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def setup_django(url, data_dir):
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "broadsheet.settings.base"
    os.environ["BROADSHEET_DATA_DIR"] = str(data_dir)
    os.environ["LOG_LEVEL"] = "WARNING"
    import django

    django.setup()


class Copy:
    """Agency files, each a sending of one or more item versions."""

    def __init__(self, seed=13):
        self.rng = random.Random(seed)
        self.sent = []  # (guid, version) of every item sent so far

    def words(self, low, high):
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(low, high)))

    def story(self, guid, version, status="usable"):
        return {
            "guid": guid,
            "version": version,
            "status": status,
            "headline": self.words(5, 10).capitalize(),
            "summary": self.words(12, 20).capitalize() + ".",
            "paragraphs": [self.words(20, 40).capitalize() + "." for _ in range(6)],
            "when": BASE_TIME + timedelta(seconds=len(self.sent)),
        }

    def next_story(self, n):
        roll = self.rng.random()
        if self.sent and roll < 0.18:
            guid, version = self.rng.choice(self.sent)
            story = self.story(guid, version + 1)
        elif self.sent and roll < 0.24:
            story = self.story(*self.rng.choice(self.sent))
        elif self.sent and roll < 0.30:
            guid, version = self.rng.choice(self.sent)
            story = self.story(guid, version + 1, "canceled")
        else:
            story = self.story(f"urn:bench:{n}", 1)
        self.sent.append((story["guid"], story["version"]))
        return story

    def ninjs2(self, s):
        body = "".join(f"<p>{p}</p>" for p in s["paragraphs"])
        return json.dumps(
            {
                "uri": s["guid"],
                "version": str(s["version"]),
                "versioncreated": s["when"].isoformat(),
                "pubstatus": s["status"],
                "headlines": [{"role": "main", "value": s["headline"]}],
                "descriptions": [{"role": "summary", "value": s["summary"]}],
                "bodies": [{"contenttype": "text/html", "value": body}],
                "by": "By Ada Lane",
                "located": "NORTHPORT",
                "subjects": [{"name": self.rng.choice(WORDS[:30]).capitalize()}],
            }
        ).encode()

    def ninjs1(self, s):
        return json.dumps(
            {
                "uri": s["guid"],
                "version": str(s["version"]),
                "pubstatus": s["status"],
                "headline": s["headline"],
                "description_text": s["summary"],
                "body_text": "\n\n".join(s["paragraphs"]),
                "byline": "Tom Reyes",
                "located": "EASTHAVEN",
            }
        ).encode()

    def newsml(self, stories):
        items = "".join(
            f'<newsItem guid="{escape(s["guid"])}" version="{s["version"]}">'
            f'<itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="stat:{s["status"]}"/>'
            f"<versionCreated>{s['when'].isoformat()}</versionCreated></itemMeta>"
            f"<contentMeta><located><name>RIVERTON</name></located><creator><name>Mara Quist"
            f"</name></creator><headline>{escape(s['headline'])}</headline>"
            f'<description role="drol:summary">{escape(s["summary"])}</description></contentMeta>'
            '<contentSet><inlineXML contenttype="application/xhtml+xml">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><body>'
            + "".join(f"<p>{escape(p)}</p>" for p in s["paragraphs"])
            + "</body></html></inlineXML></contentSet></newsItem>"
            for s in stories
        )
        return (
            '<?xml version="1.0"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'
            f"<itemSet>{items}</itemSet></newsMessage>"
        ).encode()

    def rss(self, stories):
        items = "".join(
            f"<item><guid>{escape(s['guid'])}</guid><title>{escape(s['headline'])}</title>"
            f"<pubDate>{(s['when'] + timedelta(minutes=s['version'])):%a, %d %b %Y %H:%M:%S} GMT"
            f"</pubDate><description>{escape(s['summary'])}</description>"
            f"<content:encoded>{escape(''.join(f'<p>{p}</p>' for p in s['paragraphs']))}"
            "</content:encoded></item>"
            for s in stories
            if s["status"] == "usable"
        )
        return (
            '<?xml version="1.0"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Coastline Press</title>{items}</channel></rss>"
        ).encode()

    def files(self, count):
        """Yield (agency index, file bytes, item count) until `count` items are sent."""
        sent = 0
        while sent < count:
            kind = self.rng.random()
            if kind < 0.70:
                story = self.next_story(sent)
                yield 0, self.ninjs2(story), 1
                sent += 1
            elif kind < 0.82:
                yield 0, self.ninjs1(self.next_story(sent)), 1
                sent += 1
            elif kind < 0.91:
                batch = [self.next_story(sent + i) for i in range(min(5, count - sent))]
                yield 1, self.newsml(batch), len(batch)
                sent += len(batch)
            else:
                batch = [self.story(f"urn:bench:rss:{sent + i}", 1) for i in range(4)]
                batch = batch[: count - sent]
                yield 2, self.rss(batch), len(batch)
                sent += len(batch)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--database-url", default="sqlite:////tmp/bs_wire_bench.sqlite3")
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/bs_wire_bench_data"))
    parser.add_argument(
        "--published", type=float, default=1 / 3, help="share of files sent with --publish"
    )
    parser.add_argument(
        "--profile", type=Path, metavar="FILE", help="write cProfile stats of the ingest to FILE"
    )
    args = parser.parse_args()

    prepare_database(args.database_url)
    args.data_dir.mkdir(parents=True, exist_ok=True)
    setup_django(args.database_url, args.data_dir)
    from django.core.management import call_command
    from django.db import connection

    from broadsheet.home.setup import ensure_home_page
    from broadsheet.wires.ingest import BATCH_FILES, ingest_batch, ingest_bytes
    from broadsheet.wires.models import Agency, WireItem

    call_command("migrate", verbosity=0)
    home = ensure_home_page(title="The Bench Gazette")
    from broadsheet.articles.models import SectionPage

    world = home.add_child(instance=SectionPage(title="World", slug="world", live=True))
    agencies = [
        Agency.objects.create(name="Meridian Wire", default_section=world),
        Agency.objects.create(name="Northern Press", default_section=world),
        Agency.objects.create(
            name="Coastline Press", default_section=world, publish_on_arrival=args.published > 0
        ),
    ]
    files = list(Copy().files(args.items))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{connection.vendor}: ingesting {args.items:,} items in {len(files):,} files "
        f"(peak memory before: {rss_before:.0f} MiB)",
        flush=True,
    )

    counts = {}
    done = 0
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile(time.process_time)  # CPU time: the machine is shared
        profiler.enable()
    started = time.perf_counter()
    cpu_started = time.process_time()
    last_report = started
    for first in range(0, len(files), BATCH_FILES):
        # As a folder's transport reads them: a batch of files at a time.
        with ingest_batch():
            for n in range(first, min(first + BATCH_FILES, len(files))):
                agency_index, data, items = files[n]
                publish = (
                    (n * args.published) % 1 + args.published >= 1 if args.published else False
                )
                for outcome in ingest_bytes(
                    data, name=f"bench-{n}", agency=agencies[agency_index], publish=publish
                ):
                    counts[outcome.action] = counts.get(outcome.action, 0) + 1
                done += items
        now = time.perf_counter()
        if now - last_report >= 1 or done == args.items:
            rate = done / (now - started)
            cpu_rate = done / max(time.process_time() - cpu_started, 1e-9)
            bar = "#" * int(30 * done / args.items)
            print(
                f"\r  [{bar:<30}] {done:>7,}/{args.items:,}  {rate:6.0f} items/s, "
                f"{cpu_rate:4.0f} per CPU second",
                end="",
            )
            sys.stdout.flush()
            last_report = now
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print(f"  {args.items / elapsed:.0f} items/s ({elapsed:.1f} s), peak memory {peak:.0f} MiB")
    # On a shared machine the wall clock counts the other processes' turns too.
    print(
        f"  {args.items / cpu:.0f} items per CPU second of this process ({cpu:.1f} s CPU, "
        f"{100 * cpu / elapsed:.0f}% of the wall time); target 200 items/s"
    )
    actions = ["created", "updated", "unchanged", "ignored", "killed", "held", "quarantined"]
    print("  " + ", ".join(f"{name} {counts.get(name, 0):,}" for name in actions))
    print(
        f"  {WireItem.objects.count():,} items on the desk; load average {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
