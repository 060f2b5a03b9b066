"""Build a 24-page edition of the demo newspaper; print the time and the peak memory.

    .venv/bin/python bench/edition_build.py [--pages 24] [--data-dir DIR]

Without --data-dir it makes its own data folder (a temporary SQLite database and media folder),
migrates it and loads the demo newspaper (`manage.py load_demo`) before timing. With --data-dir
it uses the demo already loaded there (e.g. `var/` after `make run`), and builds the edition of
today into it. The time is the whole `build_edition` call: choosing stories, layout, WeasyPrint,
page images and saving. The machine's load average is printed too, as other processes slow it.
Target: at most 20 s for 24 pages.
"""

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def configure(data_dir):
    os.environ["DJANGO_SETTINGS_MODULE"] = "broadsheet.settings.base"
    os.environ["BROADSHEET_DATA_DIR"] = str(data_dir)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def peak_rss_mib(who):
    return resource.getrusage(who).ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--data-dir", type=Path, help="use the demo already loaded here")
    parser.add_argument("--runs", type=int, default=1, help="build this many times, report each")
    args = parser.parse_args()

    scratch = None
    if args.data_dir is None:
        scratch = Path(tempfile.mkdtemp(prefix="broadsheet-bench-edition-"))
    data_dir = args.data_dir or scratch
    configure(data_dir)
    from django.core.management import call_command

    from broadsheet.editions.build import build_edition
    from broadsheet.editions.models import Edition

    try:
        if scratch is not None:
            print(f"Loading the demo newspaper into {scratch} ...", flush=True)
            started = time.perf_counter()
            call_command("migrate", verbosity=0, interactive=False)
            call_command("load_demo", verbosity=0)
            print(f"  loaded in {time.perf_counter() - started:.1f} s")
        Edition.objects.filter(locked=False).update()  # touch the database before timing
        base_rss = peak_rss_mib(resource.RUSAGE_SELF)
        for run in range(1, args.runs + 1):
            cpu = time.process_time()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            edition = build_edition(page_count=args.pages)
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            child_cpu = (children.ru_utime + children.ru_stime) - (
                before.ru_utime + before.ru_stime
            )
            print(
                f"run {run}: {edition.page_count} pages in {elapsed:.2f} s wall, "
                f"{cpu + child_cpu:.2f} s CPU ({cpu:.2f} s here, {child_cpu:.2f} s in the "
                f"printing and rendering processes); stages {edition.timings}"
            )
        stories = edition.pages.values("regions__article").distinct().count()
        print(
            f"edition: {edition}, {edition.page_count} pages, {stories} stories linked, "
            f"PDF {edition.pdf.size / 1e6:.1f} MB"
        )
        print(
            f"peak memory (RSS): builder {peak_rss_mib(resource.RUSAGE_SELF):.0f} MiB "
            f"({base_rss:.0f} MiB before building), page renderers "
            f"{children.ru_maxrss / 1024:.0f} MiB each at most"
        )
        print(f"load average during the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        verdict = "within" if elapsed <= 20 else "OVER"
        print(f"time: {elapsed:.2f} s ({verdict} the 20 s target)")
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
