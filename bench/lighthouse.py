"""Lighthouse's mobile scores for the home page, a section, an article, search and the e-paper.

Serves the demo paper with granian on a free port (as in production: collected static files,
DEBUG off), runs npm's `lighthouse` with Debian's Chromium on each page, and prints the four
category scores. Installs lighthouse into var/tools with npm on first use.

    make demo   # or make run once, to load the demo paper into var/
    .venv/bin/python bench/lighthouse.py [--data-dir var]
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TOOLS_DIR = ROOT / "var" / "tools"
LIGHTHOUSE = TOOLS_DIR / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_VERSION = "12"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
BUDGET = {"performance": 0.98, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}


def lighthouse():
    """Return the lighthouse command, installing it with npm when it is missing."""
    if not LIGHTHOUSE.exists():
        if not shutil.which("npm"):
            sys.exit("lighthouse is installed with npm: `apt-get install npm` first.")
        TOOLS_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(TOOLS_DIR),
                "--no-audit",
                "--no-fund",
                f"lighthouse@{LIGHTHOUSE_VERSION}",
            ],
            check=True,
        )
    return str(LIGHTHOUSE)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pages_to_check():
    """The paths of the five pages, found in the demo paper."""
    import django

    django.setup()
    from broadsheet.articles.models import ArticlePage, SectionPage

    article = ArticlePage.objects.live().filter(kind="news").order_by("-first_published_at").first()
    if article is None:
        sys.exit("No demo paper in this data folder: run `make demo` first.")
    section = SectionPage.objects.live().first()
    return {
        "home": "/",
        "section": section.url,
        "article": article.url,
        "search": "/search/?q=harbour",
        "e-paper": "/epaper/",
    }


def serve(env, port):
    """Start granian serving the site on `port`; return the process once it answers."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    granian = Path(sys.executable).with_name("granian")
    server = subprocess.Popen(
        [
            str(granian),
            "--interface",
            "wsgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "1",
            "--log-level",
            "warning",
            "broadsheet.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).close()
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    sys.exit("the site did not start within 60 s")


def scores(command, url, env):
    """Run lighthouse (mobile, its default) on `url`; return {category: score}."""
    result = subprocess.run(
        [
            command,
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        env={**env, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode:
        sys.exit(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    return {name: report["categories"][name]["score"] for name in CATEGORIES}, report


def failing_audits(report):
    """The audits below full marks in the three categories that must score 1.0."""
    found = []
    for name in CATEGORIES[1:]:
        for ref in report["categories"][name]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                found.append(f"{name}: {audit['id']} ({audit['title']})")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=str(ROOT / "var"), help="the demo's data folder")
    args = parser.parse_args()
    port = free_port()
    os.environ["BROADSHEET_DATA_DIR"] = args.data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")
    os.environ["BROADSHEET_BASE_URL"] = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = lighthouse()
    pages = pages_to_check()
    server = serve(env, port)
    try:
        print(f"{'page':<9} " + " ".join(f"{name:>14}" for name in CATEGORIES))
        below = []
        for name, path in pages.items():
            found, report = scores(command, f"http://127.0.0.1:{port}{path}", env)
            print(f"{name:<9} " + " ".join(f"{found[c]:>14.2f}" for c in CATEGORIES))
            below += [
                f"{name} {c} {found[c]:.2f} < {BUDGET[c]}"
                for c in CATEGORIES
                if found[c] < BUDGET[c]
            ]
            below += [f"{name} {line}" for line in failing_audits(report)]
        print("\n".join(["", "Below budget:", *below]) if below else "\nAll within budget.")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
