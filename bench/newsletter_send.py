"""Send one digest to 100,000 confirmed subscribers through a local SMTP sink; print the rate.

    .venv/bin/python bench/newsletter_send.py [--subscribers 100000] [--workers 1]

It makes its own database (a SQLite file in a temporary folder, or DATABASE_URL if set: use a
database of its own), migrates it, creates the subscribers and one issue, starts an aiosmtpd
sink in a separate process, then submits the issue through the same code the task worker runs
(`send_issue_now`), in `--workers` processes sharing the ledger. It prints messages per second
and the peak memory (RSS) of the sending processes.
"""

import argparse
import asyncio
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from processes import free_port

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run_sink(port, counter, ready):
    """A local SMTP server that accepts and counts messages, then drops them."""
    from aiosmtpd.controller import Controller

    class Count:
        async def handle_DATA(self, server, session, envelope):
            with counter.get_lock():
                counter.value += 1
            return "250 OK"

    controller = Controller(Count(), hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    ready.set()
    try:
        asyncio.run(asyncio.Event().wait())
    finally:
        controller.stop()


def configure(data_dir, port):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")
    os.environ["BROADSHEET_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{data_dir / 'bench.sqlite3'}")
    os.environ["EMAIL_URL"] = f"smtp://127.0.0.1:{port}?timeout=30"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def prepare(count):
    from django.core.management import call_command
    from django.utils import timezone

    from broadsheet.newsletter.digest import build_issue, daily_briefing
    from broadsheet.newsletter.sending import fill_ledger
    from broadsheet.newsletter.testing import make_subscribers

    call_command("migrate", verbosity=0)
    newsletter = daily_briefing()
    started = time.perf_counter()
    make_subscribers(count, [newsletter], prefix="bench")
    print(f"created {count:,} confirmed subscribers in {time.perf_counter() - started:.1f} s")
    issue, _created = build_issue(newsletter, timezone.localdate())
    started = time.perf_counter()
    rows = fill_ledger(issue)
    print(f"filled the ledger ({rows:,} rows) in {time.perf_counter() - started:.2f} s")
    return issue.pk


def send(data_dir, port, issue_id, results):
    configure(data_dir, port)
    from django.db import connection

    from broadsheet.newsletter.models import Issue
    from broadsheet.newsletter.sending import send_issue_now

    connection.close()
    outcome = send_issue_now(Issue.objects.get(pk=issue_id))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results.put((outcome, peak_kib))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=1, help="Sending processes.")
    args = parser.parse_args()

    port = free_port()
    counter = multiprocessing.Value("l", 0)
    ready = multiprocessing.Event()
    sink = multiprocessing.Process(target=run_sink, args=(port, counter, ready), daemon=True)
    sink.start()
    ready.wait(20)

    with tempfile.TemporaryDirectory(prefix="broadsheet-bench-") as tmp:
        data_dir = Path(tmp)
        configure(data_dir, port)
        from django.db import connection

        print(f"database: {connection.vendor}; SMTP sink on 127.0.0.1:{port}")
        issue_id = prepare(args.subscribers)
        connection.close()

        results = multiprocessing.Queue()
        workers = [
            multiprocessing.Process(target=send, args=(data_dir, port, issue_id, results))
            for _ in range(args.workers)
        ]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        reports = [results.get() for _ in workers]
        elapsed = time.perf_counter() - started
        for worker in workers:
            worker.join()

        from broadsheet.newsletter.models import Issue

        counts = Issue.objects.get(pk=issue_id).counts()
        sent = sum(outcome["sent"] for outcome, _peak in reports)
        peak_mib = max(peak for _outcome, peak in reports) / 1024
        print(f"ledger: {counts}; the sink received {counter.value:,} messages")
        print(f"sent {sent:,} messages in {elapsed:.1f} s with {args.workers} process(es)")
        print(f"messages/s: {sent / elapsed:,.0f}")
        print(f"peak memory (RSS) of a sending process: {peak_mib:,.0f} MiB")
    sink.terminate()


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    main()
