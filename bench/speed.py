"""The render path (no page cache): article and home page, cold and warm, over HTTP and in-process.

    .venv/bin/python bench/speed.py [--articles 2000] [--seconds 10] [--clients 20] [--profile]
                                    [--blocking-threads 8]

Starts what it measures: a PostgreSQL database of its own on the shared server (created once,
kept between runs, `--database`), N live articles (a small demo paper, then copies of its stories
with their photos), their search entries and stored renders; then granian with production
settings, 2 workers, Redis for the cache (`--redis-url`, a fresh key prefix each run, so nothing
is flushed) and BROADSHEET_PAGE_CACHE=off; and nginx serving a 40 KB static file, as the yardstick.

Prints, for the article page and the home page:
- cold: every article requested once, never seen before (`--clients` at a time); the home page
  just after a publish emptied its story pool;
- warm: wrk rotating over the same articles (or the home page) for `--seconds`;
- queries and CPU ms per request, in-process through Django's test client on the same database;
- the ratios: warm over cold, and each over nginx's static file;
- the workers' resident memory.

`--profile` adds cProfile of cold articles in-process: where the time goes, by part of the page.
Needs wrk and nginx on the PATH (Debian: apt install wrk nginx) for the HTTP figures.
"""

import argparse
import cProfile
import http.client
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from processes import free_port, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SERVER = "postgres://postgres@127.0.0.1:5432"
SECRET = "speed-bench-" + "x" * 60


def environment(args, prefix):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.update(
        DJANGO_SETTINGS_MODULE="broadsheet.settings.production",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DATABASE_URL=f"{SERVER}/{args.database}",
        REDIS_URL=args.redis_url,
        CACHE_KEY_PREFIX=prefix,
        BROADSHEET_PAGE_CACHE="off",
        BROADSHEET_DATA_DIR=str(args.data_dir),
        STATIC_ROOT=str(args.data_dir / "static"),
        MEDIA_ROOT=str(args.data_dir / "media"),
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="WARNING",
    )
    return env


def manage(env, *command):
    subprocess.run([PYTHON, str(ROOT / "manage.py"), *command], env=env, check=True)


def ensure_database(args, env):
    """Create the bench's database once; fill it with N articles when it holds fewer."""
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [args.database]
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{args.database}"')
    # The fill uses the demo's loader, an app production settings leave out: base settings.
    fill_env = {**env, "DJANGO_SETTINGS_MODULE": "broadsheet.settings.base"}
    manage(fill_env, "migrate", "--no-input", "--verbosity", "0")
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")
    subprocess.run(
        [PYTHON, __file__, "--populate", str(args.articles)], env=fill_env, check=True, cwd=ROOT
    )


def populate(count):
    """Load a small demo, then copy its stories until `count` are live (in this process)."""
    import django

    django.setup()
    import logging

    from django.db import transaction
    from django.utils import timezone

    from broadsheet.articles.models import ArticleAuthor, ArticlePage
    from broadsheet.demo.loader import holds_a_paper, load_demo

    logging.getLogger("wagtail").setLevel(logging.WARNING)
    if not holds_a_paper():
        print("Loading a demo paper of 60 stories …", flush=True)
        load_demo(story_count=60)
    from django.core.management import call_command

    have = ArticlePage.objects.published().count()
    if have >= count:
        print(f"{have:,} live articles already there.", flush=True)
        call_command("build_article_renders", "--missing")
        return
    print(f"Copying stories: {have:,} → {count:,} …", flush=True)
    originals = list(ArticlePage.objects.published().select_related("lead_photo").order_by("pk"))
    authors = {
        link.article_id: link.person_id
        for link in ArticleAuthor.objects.filter(article__in=originals)
    }
    now = timezone.now()
    for n in range(have, count):
        source = originals[n % len(originals)]
        copy = ArticlePage(
            title=f"{source.title} ({n})",
            slug=f"{source.slug[:60]}-{n}",
            standfirst=source.standfirst,
            kind=source.kind,
            dateline=source.dateline,
            lead_photo=source.lead_photo,
            body=source.body.raw_data,
            weight=source.weight,
            live=True,
            first_published_at=now - timezone.timedelta(minutes=7 * n),
            last_published_at=now - timezone.timedelta(minutes=7 * n),
        )
        with transaction.atomic():
            source.get_parent().add_child(instance=copy)
            if source.pk in authors:
                ArticleAuthor.objects.create(article=copy, person_id=authors[source.pk])
            copy.tags.add(*source.tags.all())
        if n % 250 == 0:
            print(f"  {n:,}", flush=True)
    call_command("rebuild_search_entries")
    call_command("build_article_renders", "--missing")


def start_granian(env, workers, blocking_threads=None):
    port = free_port()
    granian = Path(PYTHON).with_name("granian")
    threads = ["--blocking-threads", str(blocking_threads)] if blocking_threads else []
    process = subprocess.Popen(
        [str(granian), "--interface", "wsgi", "--host", "127.0.0.1", "--port", str(port)]
        + ["--workers", str(workers), *threads, "--log-level", "warning"]
        + ["broadsheet.wsgi:application"],
        env=env,
        cwd=ROOT,
    )
    wait_for_port(port, process, "the server")
    return process, port


def start_nginx(scratch):
    """nginx serving a 40 KB static file on a free port, as the yardstick."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        return None, None
    port = free_port()
    scratch.chmod(0o755)  # nginx's workers run as nobody when started by root
    (scratch / "www").mkdir(mode=0o755)
    (scratch / "www" / "static.html").write_bytes(b"<p>" + b"x" * 40 * 1024 + b"</p>")
    conf = scratch / "nginx.conf"
    conf.write_text(
        f"worker_processes 2; daemon off; pid {scratch}/nginx.pid; error_log {scratch}/error.log;\n"
        "events { worker_connections 1024; }\n"
        f"http {{ access_log off; client_body_temp_path {scratch}; proxy_temp_path {scratch};\n"
        f"fastcgi_temp_path {scratch}; uwsgi_temp_path {scratch}; scgi_temp_path {scratch};\n"
        f"server {{ listen 127.0.0.1:{port}; root {scratch}/www; }} }}\n"
    )
    process = subprocess.Popen(
        [nginx, "-c", str(conf), "-p", str(scratch), "-e", str(scratch / "error.log")]
    )
    wait_for_port(port, process, "the server")
    return process, port


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


def each_once(port, paths, clients):
    """Request every path once, `clients` at a time; return requests per second and non-200s."""
    queue = list(reversed(paths))
    lock = threading.Lock()
    errors = []

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if not queue:
                    break
                path = queue.pop()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors.append(path)
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(paths) / (time.perf_counter() - started), len(errors)


WRK_ROTATE = """
paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
local n = math.random(#paths)
request = function()
  n = n %% #paths + 1
  return wrk.format("GET", paths[n])
end
"""


def wrk(port, seconds, clients, paths=None, scratch=None, path="/"):
    """Run wrk -t2 against the port; return requests per second."""
    command = ["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s"]
    if paths:
        listing = scratch / "paths.txt"
        listing.write_text("\n".join(paths) + "\n")
        script = scratch / "rotate.lua"
        script.write_text(WRK_ROTATE % listing)
        command += ["-s", str(script)]
    output = subprocess.run(
        [*command, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        print(f"  wrk saw {non_2xx[1]} non-2xx responses", flush=True)
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])


def worker_rss_mib(process):
    """The resident memory of granian's workers (its child processes), in MiB each."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{process.pid}$", text, re.M):
            sizes.append(int(re.search(r"^VmRSS:\s+(\d+)", text, re.M)[1]) / 1024)
    return sizes


def in_process(count, profile):
    """Queries and CPU ms per request through the test client; the profile of cold articles."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from broadsheet.articles.models import ArticlePage
    from broadsheet.paper.caching import changed

    client = Client()
    built = ArticlePage.objects.published().filter(stored_render__stale=False)
    ids = list(built.order_by("-pk").values_list("pk", flat=True))
    articles = [ArticlePage.objects.get(pk=pk).url for pk in ids[: count * 2]]
    client.get("/")

    def measure(urls):
        queries, cpu = [], []
        for url in urls:
            with CaptureQueriesContext(connection) as captured:
                started = time.process_time()
                response = client.get(url)
                cpu.append((time.process_time() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            queries.append(len(captured))
        return max(queries), sorted(cpu)[len(cpu) // 2]

    figures = {
        "article cold": measure(articles[:count]),
        "article warm": measure(articles[:count]),
    }
    changed("stories")  # what a publish does to the home page's story pool
    figures["home cold"] = measure(["/"])
    figures["home warm"] = measure(["/"] * 5)
    for name, (queries, cpu) in figures.items():
        print(f"FIGURE {name}|{queries}|{cpu:.1f}")
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for url in articles[count:]:
            client.get(url)
        profiler.disable()
        report_profile(profiler, len(articles[count:]))


PARTS = {
    "routing and Wagtail's serve": ("wagtail/url_routing", "wagtail/views", "home/models.py:"),
    "site and settings look-ups": ("wagtail/models/sites", "contrib/settings", "paper/models"),
    "stored render (read, host)": ("articles/models.py:",),
    "templates (chrome, widgets)": ("django/template",),
    "cache round trips (Redis)": ("redis/", "cache/backends"),
    "database (psycopg, ORM)": ("psycopg", "django/db"),
    "middleware and response": ("django/middleware", "django/core/handlers", "csp"),
}


def report_profile(profiler, count):
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    print(f"\ncProfile of {count} cold articles: {total / count * 1000:.1f} ms each (profiled)")
    shares = {}
    for (filename, line, name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        where = f"{filename}:{line}:{name}"
        part = next(
            (label for label, needles in PARTS.items() if any(n in where for n in needles)),
            "other Python",
        )
        shares[part] = shares.get(part, 0) + tottime
    for part, seconds in sorted(shares.items(), key=lambda item: -item[1]):
        print(f"  {part:32} {seconds / count * 1000:6.2f} ms  {seconds / total:5.0%}")
    print("\nTop functions by own time:")
    stats.sort_stats("tottime").print_stats(15)


def run(args):
    scratch = Path(tempfile.mkdtemp(prefix="broadsheet-speed-"))
    args.data_dir = (
        args.data_dir or Path(tempfile.gettempdir()) / f"broadsheet-speed-{args.database}"
    )
    args.data_dir.mkdir(parents=True, exist_ok=True)
    prefix = f"speed-{os.getpid()}-{int(time.time())}"
    env = environment(args, prefix)
    if not args.reuse:
        ensure_database(args, env)
    if args.setup_only:
        return
    servers = []
    try:
        result = subprocess.run(
            [PYTHON, __file__, "--in-process", str(args.sample)]
            + (["--profile"] if args.profile else []),
            env={**env, "CACHE_KEY_PREFIX": prefix + "-client"},
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        figures = {}
        for line in result.stdout.splitlines():
            if line.startswith("FIGURE "):
                name, queries, cpu = line[7:].split("|")
                figures[name] = (int(queries), float(cpu))
            else:
                print(line)

        nginx, nginx_port = start_nginx(scratch)
        servers.append(nginx)
        granian, port = start_granian(env, args.workers, args.blocking_threads)
        servers.append(granian)
        paths = subprocess.run(
            [PYTHON, "-c", PATHS_SCRIPT],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout.split()
        assert get(port, "/") == 200
        static = wrk(nginx_port, args.seconds, args.clients, path="/static.html") if nginx else 0
        rates = {}
        rates["article cold"], errors = each_once(port, paths, args.clients)
        rates["article warm"] = wrk(port, args.seconds, args.clients, paths, scratch)
        get(port, "/")
        home = []
        for _ in range(5):  # a publish empties the pool each time: the first request rebuilds it
            subprocess.run([PYTHON, "-c", PUBLISH_SCRIPT], env=env, check=True, cwd=ROOT)
            started = time.perf_counter()
            get(port, "/")
            home.append(time.perf_counter() - started)
        rates["home cold"] = 1 / sorted(home)[len(home) // 2]
        rates["home warm"] = wrk(port, args.seconds, args.clients, path="/")
        rss = worker_rss_mib(granian)
    finally:
        for server in servers:
            if server is not None:
                server.terminate()
                server.wait(timeout=30)
        shutil.rmtree(scratch, ignore_errors=True)

    print(
        f"\n{len(paths):,} articles · production settings · PostgreSQL + Redis · granian "
        f"{args.workers} workers ({args.blocking_threads or 'default'} threads) · page cache off · {args.clients} clients · "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print(f"{'':14}{'req/s':>9}{'queries':>9}{'CPU ms':>8}{'÷ static':>10}")
    if static:
        print(f"{'nginx static':14}{static:9.0f}{'–':>9}{'–':>8}{1:10.4f}")
    for name, rate in rates.items():
        queries, cpu = figures[name]
        ratio = f"{rate / static:10.4f}" if static else f"{'–':>10}"
        print(f"{name:14}{rate:9.1f}{queries:9d}{cpu:8.1f}{ratio}")

    def ratio(a, b):
        return f"{rates[a] / rates[b]:.2f}" if rates[b] else "–"

    print(f"article warm ÷ cold {ratio('article warm', 'article cold')}")
    print(f"home warm ÷ cold    {ratio('home warm', 'home cold')}")
    print(f"article ÷ home (warm) {ratio('article warm', 'home warm')}")
    print(f"non-200 on the cold pass: {errors}")
    print("worker RSS (MiB): " + ", ".join(f"{size:.0f}" for size in rss))
    print("(home cold is one request at a time, just after a publish; queries are the most of")
    print(" any request measured, CPU ms the median, both in-process through the test client)")


PATHS_SCRIPT = """
import django; django.setup()
from broadsheet.articles.models import ArticlePage
built = ArticlePage.objects.published().filter(stored_render__stale=False)
for article in built.order_by("?").specific():
    print(article.url)
"""

PUBLISH_SCRIPT = """
import django; django.setup()
from broadsheet.paper.caching import changed
changed("stories")
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--blocking-threads",
        type=int,
        help="granian's Python threads per worker (its default: 256)",
    )
    parser.add_argument("--sample", type=int, default=40, help="articles measured in-process")
    parser.add_argument("--database", default="bs_speed_bench")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/4")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--setup-only", action="store_true", help="fill the database and stop")
    parser.add_argument(
        "--reuse", action="store_true", help="measure the database as it is (no migrate or fill)"
    )
    parser.add_argument("--populate", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--in-process", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.populate:
        populate(args.populate)
    elif args.in_process:
        in_process(args.in_process, args.profile)
    else:
        run(args)


if __name__ == "__main__":
    main()
