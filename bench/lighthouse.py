"""Lighthouse's mobile scores for the home page, a section, an article, search and the e-paper.

Serves the demo paper with granian on a free port (as in production: collected static files,
DEBUG off), runs npm's `lighthouse` with Debian's Chromium on each page, and prints the four
category scores, the performance metrics behind the first, and what each audit below full marks
found. With --runs N each page is measured N times and the run of median performance is kept (one
run on a loaded machine varies by several points). The reports are saved as JSON in
DATA_DIR/lighthouse/. Installs lighthouse into var/tools with npm on first use.

    make demo   # or make run once, to load the demo paper into var/
    .venv/bin/python bench/lighthouse.py [--data-dir var] [--runs 3] [--calibrate]

Lighthouse slows the CPU 4x, which stands for a phone on a fast desktop (its benchmark index
about 1500 or more). On a slower or loaded machine that overstates the work on the main thread
(Total Blocking Time above all). --calibrate reads the benchmark index of a first run and picks
the multiplier as Lighthouse's throttling guide does: 4x from 1500, 2x from 1000, 1x below.
The index and the multiplier used are printed with the scores.

The search page's SEO score counts `is-crawlable` against it: search results carry
`<meta name="robots" content="noindex">` on purpose (a crawler must not index endless result
pages), so the script also prints that score without this one audit and holds it to the budget.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from processes import free_port

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TOOLS_DIR = ROOT / "var" / "tools"
LIGHTHOUSE = TOOLS_DIR / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_VERSION = "12"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
BUDGET = {"performance": 0.98, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI",
    "server-response-time": "TTFB",
}
# Audits a page fails by design, with the reason; its category is also scored without them.
RETRIES = 3
BY_DESIGN = {("search", "is-crawlable"): "search results are noindex on purpose"}


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
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=5).close()
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    sys.exit("the site did not start within 60 s")


def warm(port, pages):
    """Open each page once, as readers before Lighthouse would: photo sizes made, pages cached."""
    for path in pages.values():
        started = time.monotonic()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=600) as response:
            response.read()
        print(f"warmed {path} in {time.monotonic() - started:.1f} s", file=sys.stderr)


def multiplier_for(benchmark_index):
    """The CPU slowdown Lighthouse's throttling guide gives for a machine's benchmark index."""
    if benchmark_index >= 1500:
        return 4
    if benchmark_index >= 1000:
        return 2
    return 1


def scores(command, url, env, cpu_slowdown=4):
    """Run lighthouse (mobile, its default) on `url`; return ({category: score}, report)."""
    for _attempt in range(RETRIES):
        result = run_lighthouse(command, url, env, cpu_slowdown)
        # Chromium sometimes misses the start of the trace; Lighthouse says to run it again.
        if "NO_NAVSTART" not in result.stderr:
            break
    if result.returncode:
        sys.exit(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    return {name: report["categories"][name]["score"] for name in CATEGORIES}, report


def run_lighthouse(command, url, env, cpu_slowdown):
    return subprocess.run(
        [
            command,
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--throttling.cpuSlowdownMultiplier={cpu_slowdown}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        env={**env, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        timeout=300,
    )


def score_without(report, category, skipped):
    """The category's score recomputed (a weighted mean, as Lighthouse's) without `skipped`."""
    refs = [
        ref
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"]
        and ref["id"] not in skipped
        and report["audits"][ref["id"]]["score"] is not None
    ]
    total = sum(ref["weight"] for ref in refs)
    return sum(ref["weight"] * report["audits"][ref["id"]]["score"] for ref in refs) / total


def metrics(report):
    """The performance metrics, as Lighthouse displays them."""
    return "  ".join(
        f"{short} {report['audits'][audit_id].get('displayValue', '-')}"
        for audit_id, short in METRICS.items()
        if audit_id in report["audits"]
    )


def details(audit, limit=3):
    """What an audit found, in a few words per item."""
    items = (audit.get("details") or {}).get("items") or []
    found = []
    for item in items[:limit]:
        words = item.get("description") or item.get("url") or item.get("source") or ""
        if isinstance(words, dict):
            words = words.get("url") or json.dumps(words)[:120]
        found.append(f"      {str(words)[:160]}")
    return found


def failing_audits(report, page):
    """The audits below full marks: every one in the categories that must score 1.0, and the
    performance audits that cost points."""
    found = []
    for name in CATEGORIES:
        for ref in report["categories"][name]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if not ref["weight"] or audit["score"] is None or audit["score"] >= 1:
                continue
            if name == "performance" and audit["score"] >= 0.9:
                continue
            reason = BY_DESIGN.get((page, audit["id"]))
            found.append(
                f"{name}: {audit['id']} ({audit['title']}) {audit.get('displayValue', '')}"
                + (f" [by design: {reason}]" if reason else "")
            )
            found += details(audit)
    return found


def measure(command, url, env, runs, cpu_slowdown):
    """Run Lighthouse `runs` times on `url`; return the run of median performance."""
    results = [scores(command, url, env, cpu_slowdown) for _ in range(runs)]
    results.sort(key=lambda result: result[0]["performance"])
    return results[len(results) // 2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=str(ROOT / "var"), help="the demo's data folder")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median is kept")
    parser.add_argument(
        "--calibrate", action="store_true", help="pick the CPU slowdown from the benchmark index"
    )
    args = parser.parse_args()
    saved = Path(args.data_dir) / "lighthouse"
    saved.mkdir(parents=True, exist_ok=True)
    port = free_port()
    os.environ["BROADSHEET_DATA_DIR"] = args.data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")
    os.environ["BROADSHEET_BASE_URL"] = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = lighthouse()
    pages = pages_to_check()
    server = serve(env, port)
    try:
        warm(port, pages)
        cpu_slowdown = 4
        if args.calibrate:
            _found, first = scores(command, f"http://127.0.0.1:{port}/", env)
            index = first["environment"]["benchmarkIndex"]
            cpu_slowdown = multiplier_for(index)
            print(f"Benchmark index {index:.0f}: CPU slowdown {cpu_slowdown}x.")
        print(f"{'page':<9} " + " ".join(f"{name:>14}" for name in CATEGORIES) + "  metrics")
        below = []
        for name, path in pages.items():
            found, report = measure(
                command, f"http://127.0.0.1:{port}{path}", env, args.runs, cpu_slowdown
            )
            (saved / f"{name}.json").write_text(json.dumps(report), "utf-8")
            for category in CATEGORIES:
                skipped = {audit for page, audit in BY_DESIGN if page == name}
                if skipped & {ref["id"] for ref in report["categories"][category]["auditRefs"]}:
                    found[f"{category} (by design)"] = found[category]
                    found[category] = score_without(report, category, skipped)
            print(
                f"{name:<9} "
                + " ".join(f"{found[c]:>14.2f}" for c in CATEGORIES)
                + f"  {metrics(report)}"
                + "".join(f"  {k} {v:.2f}" for k, v in found.items() if "by design" in k)
            )
            below += [
                f"{name} {c} {found[c]:.2f} < {BUDGET[c]}"
                for c in CATEGORIES
                if found[c] < BUDGET[c]
            ]
            below += [f"{name} {line}" for line in failing_audits(report, name)]
        load = " ".join(f"{n:.1f}" for n in os.getloadavg())
        print(f"\nLoad average during the runs: {load} on {os.cpu_count()} cores.")
        index = report["environment"]["benchmarkIndex"]
        print(f"Benchmark index of the last run: {index:.0f}; CPU slowdown {cpu_slowdown}x.")
        print("\n".join(["", "Below budget:", *below]) if below else "\nAll within budget.")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
