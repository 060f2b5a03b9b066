"""Page-cache hits against the render path, over HTTP to granian, on the demo paper.

    .venv/bin/python bench/page_cache.py [--data-dir var] [--seconds 10] [--clients 8]

Starts granian (embedded settings: SQLite and the file cache, 2 workers) twice on a free port:
once with BROADSHEET_PAGE_CACHE=off, once on. Each run first requests every article once (the
page cache fills, the fragment caches warm), then requests them round-robin from `--clients`
keep-alive connections for `--seconds`, and prints requests per second and the ratio. Without
--data-dir (or with an empty one) it migrates a data folder and loads the demo first. The load generator
is Python's http.client in threads, so the hit figure is a floor set by the client as much as by
the server.
"""

import argparse
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from processes import embedded_environment, free_port

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def environment(data_dir, page_cache, port):
    return embedded_environment(data_dir, port, BROADSHEET_PAGE_CACHE="on" if page_cache else "off")


def load_demo(data_dir):
    env = environment(data_dir, False, 8000)
    commands = (["migrate", "--no-input", "--verbosity", "0"], ["load_demo"])
    for command in commands:
        subprocess.run([PYTHON, str(ROOT / "manage.py"), *command], env=env, check=True)


def article_paths(port):
    """The article addresses the news sitemap lists."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/sitemap-news.xml")
    body = connection.getresponse().read().decode()
    connection.close()
    return [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", body)]


def start_server(data_dir, page_cache):
    port = free_port()
    granian = Path(PYTHON).with_name("granian")
    process = subprocess.Popen(
        [str(granian), "--interface", "wsgi", "--host", "127.0.0.1", "--port", str(port)]
        + ["--workers", "2", "--log-level", "warning", "broadsheet.wsgi:application"],
        env=environment(data_dir, page_cache, port),
        cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, port
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("granian did not start")


def hammer(port, paths, seconds, clients):
    """Request `paths` round-robin from `clients` threads; return (requests, non-200s)."""
    counts = [0] * clients
    errors = [0] * clients
    stop = time.monotonic() + seconds

    def client(index):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        n = index
        while time.monotonic() < stop:
            connection.request("GET", paths[n % len(paths)])
            response = connection.getresponse()
            response.read()
            counts[index] += 1
            errors[index] += response.status != 200
            n += clients
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts), sum(errors)


def run(data_dir, page_cache, seconds, clients):
    shutil.rmtree(data_dir / "cache", ignore_errors=True)
    env = environment(data_dir, page_cache, 8000)
    subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), "collectstatic", "--no-input", "--verbosity", "0"],
        env=env,
        check=True,
    )
    process, port = start_server(data_dir, page_cache)
    try:
        paths = article_paths(port)
        for path in paths:  # every page once: stored, and the fragment caches warm
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", path)
            connection.getresponse().read()
            connection.close()
        requests, errors = hammer(port, paths, seconds, clients)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return len(paths), requests / seconds, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    scratch = None
    if args.data_dir is None:
        scratch = Path(tempfile.mkdtemp(prefix="broadsheet-page-cache-"))
    data_dir = args.data_dir or scratch
    if not (data_dir / "broadsheet.sqlite3").exists():
        print(f"Loading the demo into {data_dir} …", flush=True)
        load_demo(data_dir)
    try:
        figures = {}
        for page_cache in (False, True):
            pages, rate, errors = run(data_dir.resolve(), page_cache, args.seconds, args.clients)
            figures[page_cache] = rate
            label = "page cache hits" if page_cache else "render path (page cache off)"
            print(f"{label:32} {rate:9.0f} req/s over {pages} articles, {errors} non-200")
        print(f"{'ratio':32} {figures[True] / figures[False]:9.1f}×")
        print(f"load average: {os.getloadavg()[0]:.1f} (other processes slow both runs)")
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
