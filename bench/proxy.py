"""The shipped nginx config in front of the app, against nginx's own speed on a static file.

    .venv/bin/python bench/proxy.py [--data-dir var] [--seconds 10] [--connections 20] [--rounds 3]

Starts granian (2 workers) on the demo paper and Debian's nginx with deploy/nginx/broadsheet.conf
in front of it, plus, in the same nginx, a server for a 40 KB static file. Measures with wrk
(-t2, --connections) in interleaved rounds, and prints the median requests per second of each
and its ratio to the static file:

- static: the 40 KB file, straight from disk;
- proxied article: one article through the proxy (a cache hit there);
- proxied archive: every address the sitemaps list, in turn, through the proxy (after one pass
  that fills it), the long tail of a news site;
- in-app hits: the same rotation straight to granian, answered by the in-app page cache.

Without DATABASE_URL it runs the embedded setup (SQLite, the file cache); with DATABASE_URL (and
REDIS_URL) the production settings. Without --data-dir (or with an empty one) it migrates a data
folder and loads the demo first. The targets are issue 14's: through the proxy at least 0.9 of
static, in-app hits at least 0.25 of static (and 15,000/s). The load average is printed before
and after: on a shared machine the figures are only as good as it is idle.
"""

import argparse
import http.client
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from processes import wait_for_port  # noqa: E402

from tests.nginx_server import SHIPPED_CONFIG, NginxServer, adapt  # noqa: E402
from tests.processes import free_port  # noqa: E402

PYTHON = sys.executable
WRK = shutil.which("wrk") or "/usr/bin/wrk"
STATIC_SIZE = 40 * 1024


def environment(data_dir, port, purge_url="", secret=""):
    env = {**os.environ, "BROADSHEET_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    env.update(
        BROADSHEET_PAGE_CACHE="on",
        BROADSHEET_BASE_URL=f"http://127.0.0.1:{port}",
        BROADSHEET_PURGE_URL=purge_url,
        BROADSHEET_PURGE_SECRET=secret,
        STATIC_ROOT=str(data_dir / "static"),
        LOG_LEVEL="WARNING",
    )
    if os.environ.get("DATABASE_URL"):
        env.update(
            DJANGO_SETTINGS_MODULE="broadsheet.settings.production",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="0",
            SERVE_MEDIA="0",
        )
    else:
        env.pop("REDIS_URL", None)
        env["DJANGO_SETTINGS_MODULE"] = "broadsheet.settings.base"
    return env


def manage(data_dir, *command):
    env = environment(data_dir, 8000)
    subprocess.run([PYTHON, str(ROOT / "manage.py"), *command], env=env, check=True)


def start_granian(data_dir, port, purge_url, secret):
    granian = Path(PYTHON).with_name("granian")
    process = subprocess.Popen(
        [str(granian), "--interface", "wsgi", "--host", "127.0.0.1", "--port", str(port)]
        + ["--workers", "2", "--log-level", "warning", "broadsheet.wsgi:application"],
        env=environment(data_dir, port, purge_url, secret),
        cwd=ROOT,
    )
    wait_for_port(port, process, "granian")
    return process


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def sitemap_paths(port):
    """Every address the sitemaps list, as paths."""
    _status, _headers, index = get(port, "/sitemap.xml")
    paths = []
    for part in re.findall(rb"<loc>([^<]+)</loc>", index):
        _status, _headers, body = get(port, re.sub(r"^https?://[^/]+", "", part.decode()))
        paths += [
            re.sub(r"^https?://[^/]+", "", loc.decode())
            for loc in re.findall(rb"<loc>([^<]+)</loc>", body)
        ]
    return list(dict.fromkeys(paths))


def wrk(port, paths, seconds, connections, script_dir):
    """Run wrk against `paths` (in turn); return (requests per second, non-2xx/3xx answers)."""
    script = script_dir / f"rotate-{len(paths)}.lua"
    listed = ",\n".join(f'  "{path}"' for path in paths)
    script.write_text(
        f"local paths = {{\n{listed}\n}}\nlocal n = math.random(#paths)\n"
        "request = function()\n  n = n % #paths + 1\n"
        '  return wrk.format("GET", paths[n])\nend\n'
    )
    out = subprocess.run(
        [WRK, "-t2", f"-c{connections}", f"-d{seconds}s", "-s", str(script)]
        + [f"http://127.0.0.1:{port}{paths[0]}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return rate, int(errors.group(1)) if errors else 0


def nginx_config(directory, app_port, proxy_port, static_port, secret_map, media_root):
    site = adapt(
        SHIPPED_CONFIG.read_text(),
        {
            "proxy_cache_path": f"{directory}/cache levels=1:2 keys_zone=broadsheet:64m "
            "max_size=1g inactive=1d use_temp_path=off",
            "server": f"127.0.0.1:{app_port}",
            "include": str(secret_map),
            "listen": f"127.0.0.1:{proxy_port} reuseport",
            "server_name": "127.0.0.1",
            "alias": f"{media_root}/",
        },
    )
    static_root = directory / "static-site"
    static_root.mkdir(parents=True, exist_ok=True)
    (static_root / "static-40k.html").write_bytes(b"<!doctype html>" + b"x" * (STATIC_SIZE - 15))
    return site + (
        f"\nserver {{\n    listen 127.0.0.1:{static_port} reuseport;\n    root {static_root};\n}}\n"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="broadsheet-proxy-bench-"))
    if not os.environ.get("DATABASE_URL") and not (data_dir / "broadsheet.sqlite3").exists():
        print(f"Loading the demo into {data_dir} …", flush=True)
        manage(data_dir, "migrate", "--no-input", "--verbosity", "0")
        manage(data_dir, "load_demo")
    manage(data_dir, "collectstatic", "--no-input", "--verbosity", "0")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)

    work = Path(tempfile.mkdtemp(prefix="broadsheet-proxy-nginx-"))
    secret = secrets.token_urlsafe(32)
    secret_map = work / "refresh.map"
    secret_map.write_text(f'"{secret}" 1;\n')
    app_port, proxy_port, static_port = free_port(), free_port(), free_port()
    shutil.rmtree(data_dir / "cache", ignore_errors=True)
    granian = start_granian(data_dir, app_port, f"http://127.0.0.1:{proxy_port}", secret)
    media_root = data_dir / "media"
    nginx = NginxServer(
        work, nginx_config(work, app_port, proxy_port, static_port, secret_map, media_root)
    )
    try:
        nginx.start(proxy_port)
        wait_for_port(static_port, nginx.process, "nginx")
        paths = sitemap_paths(app_port)
        articles = [p for p in paths if p.count("/") == 3]
        single = articles[0]
        for path in paths:  # one pass: the proxy and the in-app cache hold every page
            get(proxy_port, path)
        _status, headers, body = get(proxy_port, single)
        print(
            f"{len(paths)} addresses from the sitemaps; the single article {single} is "
            f"{len(body) // 1024} KB, {headers.get('X-Proxy-Cache')} at the proxy",
            flush=True,
        )
        scenarios = {
            "static 40 KB file (nginx)": (static_port, ["/static-40k.html"]),
            "proxied article (one, nginx hit)": (proxy_port, [single]),
            f"proxied archive ({len(paths)} in turn)": (proxy_port, paths),
            f"in-app page-cache hits ({len(paths)} in turn)": (app_port, paths),
        }
        figures = {name: [] for name in scenarios}
        errors = dict.fromkeys(scenarios, 0)
        for round_number in range(args.rounds):
            for name, (port, rotation) in scenarios.items():
                rate, failed = wrk(port, rotation, args.seconds, args.connections, work)
                figures[name].append(rate)
                errors[name] += failed
            print(f"round {round_number + 1}/{args.rounds} done", flush=True)
    finally:
        nginx.stop()
        granian.terminate()
        granian.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)

    static = statistics.median(next(iter(figures.values())))
    targets = {
        "proxied article (one, nginx hit)": 0.9,
        next(name for name in figures if name.startswith("proxied archive")): 0.9,
        next(name for name in figures if name.startswith("in-app")): 0.25,
    }
    print()
    print(f"wrk -t2 -c{args.connections} -d{args.seconds:g}s, median of {args.rounds} rounds")
    print(f"{'':48} {'req/s':>10} {'× static':>9} {'target':>8} {'met':>4} {'non-2xx':>8}")
    for name, rates in figures.items():
        rate = statistics.median(rates)
        target = targets.get(name)
        met = "" if target is None else ("yes" if rate / static >= target else "no")
        target_text = "" if target is None else f"≥ {target:g}"
        print(
            f"{name:48} {rate:10.0f} {rate / static:9.3f} {target_text:>8} {met:>4} "
            f"{errors[name]:8d}"
        )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
