"""Live-blog polling through the page cache: how many polls reach the origin as entries arrive.

    .venv/bin/python bench/liveblog_polling.py [--readers 10000] [--rounds 8] [--every 2]
                                              [--clients 8] [--redis-url redis://…/6]

Starts granian (embedded settings: SQLite, the file cache or Redis, 2 workers, page cache on) on a
scratch data folder holding one live blog. Each round is one poll interval: every simulated reader
asks "entries since" with the cursor it holds, in shuffled order, over `--clients` keep-alive
connections, and takes the new cursor from the answer, as the page script does. Before every
`--every`th round an editor posts an entry (published at once, which purges the live blog). The
origin renders are the answers marked `X-Page-Cache: MISS`; the script prints them per round, per
entry change (after the first round, which fills the empty cache), and as origin requests per
second at the readers' real poll interval (BROADSHEET_LIVEBLOG_POLL_SECONDS, 5 s), beside the
readers' own request rate.
"""

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from processes import embedded_environment, free_port

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
POLL_SECONDS = 5


def environment(data_dir, port, redis_url):
    return embedded_environment(
        data_dir,
        port,
        BROADSHEET_PAGE_CACHE="on",
        BROADSHEET_LIVEBLOG_POLL_SECONDS=str(POLL_SECONDS),
        **({"REDIS_URL": redis_url} if redis_url else {}),
    )


def set_up_django(env):
    """Point this process at the server's database and cache, to post entries as an editor."""
    os.environ.update(env)
    for name in ("DATABASE_URL", "REDIS_URL"):
        if name not in env:
            os.environ.pop(name, None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def make_live_blog():
    """One section, one journalist, an editor and a live blog with ten entries; return them."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from broadsheet.articles.models import SectionPage
    from broadsheet.home.setup import ensure_home_page
    from broadsheet.liveblogs.models import LiveBlogEntry, LiveBlogPage
    from broadsheet.liveblogs.posting import post_entry
    from broadsheet.newsroom.roles import EDITORS
    from broadsheet.people.models import Person

    home = ensure_home_page(title="The Bench Courier")
    call_command("setup_newsroom", verbosity=0)
    section = home.add_child(instance=SectionPage(title="News", slug="news", live=True))
    person = Person.objects.create(name="Ada Lane", slug="ada-lane", role="Reporter")
    editor = get_user_model().objects.create_user("editor", password="bench-password-1")
    editor.groups.add(Group.objects.get(name=EDITORS))
    blog = LiveBlogPage(title="Live: the bench", slug="live-the-bench", standfirst="As it happens.")
    blog.body = []
    section.add_child(instance=blog)
    blog.save_revision().publish()
    for number in range(10):
        post_entry(blog, editor, LiveBlogEntry(author=person, text=f"Entry {number}."))
    return blog, editor, person


def start_server(env, port):
    granian = Path(PYTHON).with_name("granian")
    process = subprocess.Popen(
        [str(granian), "--interface", "wsgi", "--host", "127.0.0.1", "--port", str(port)]
        + ["--workers", "2", "--log-level", "warning", "broadsheet.wsgi:application"],
        env=env,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("granian did not start")


def poll_round(port, endpoint, cursors, clients):
    """Every reader polls once with its cursor; return Counter of X-Page-Cache states, bytes."""
    order = list(range(len(cursors)))
    random.shuffle(order)
    states = [Counter() for _ in range(clients)]
    sizes = [Counter() for _ in range(clients)]

    def client(index):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for reader in order[index::clients]:
            connection.request("GET", f"{endpoint}?since={cursors[reader]}")
            response = connection.getresponse()
            body = response.read()
            if response.status != 200:
                states[index][f"status {response.status}"] += 1
                continue
            states[index][response.getheader("X-Page-Cache", "none")] += 1
            answer = json.loads(body)
            sizes[index]["new" if answer["entries"] else "nothing new"] = len(body)
            cursors[reader] = answer["cursor"]
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total, size = Counter(), {}
    for counter in states:
        total.update(counter)
    for counter in sizes:
        size.update(counter)
    return total, size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--every", type=int, default=2, help="post an entry every N rounds")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--redis-url", help="use this Redis database as the cache")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="broadsheet-liveblog-"))
    port = free_port()
    env = environment(data_dir, port, args.redis_url)
    process = None
    try:
        manage = [PYTHON, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "--no-input", "--verbosity", "0"], env=env, check=True)
        subprocess.run(
            [*manage, "collectstatic", "--no-input", "--verbosity", "0"], env=env, check=True
        )
        set_up_django(env)
        from django.core.cache import cache

        from broadsheet.liveblogs.models import LiveBlogEntry
        from broadsheet.liveblogs.posting import post_entry

        if args.redis_url:
            cache.clear()
        blog, editor, person = make_live_blog()
        process = start_server(env, port)
        endpoint = f"/liveblogs/{blog.pk}/entries.json"
        cursors = [str(blog.cursor())] * args.readers
        print(f"{args.readers} readers, {args.rounds} poll intervals, an entry every {args.every}")
        print(f"{'round':>5} {'change':>6} {'polls':>7} {'origin':>6} {'hits':>7} {'stale':>6}")
        renders, changes, polls, sizes, cold = 0, 0, 0, {}, 0
        started = time.monotonic()
        for number in range(1, args.rounds + 1):
            changed = number > 1 and (number - 1) % args.every == 0
            if changed:
                entry = LiveBlogEntry(author=person, text=f"Round {number}: a new development.")
                post_entry(blog, editor, entry)
                changes += 1
            states, size = poll_round(port, endpoint, cursors, args.clients)
            sizes.update(size)
            renders += states["MISS"]
            if number == 1:
                cold = states["MISS"]
            polls += sum(states.values())
            print(
                f"{number:>5} {'yes' if changed else '':>6} {sum(states.values()):>7} "
                f"{states['MISS']:>6} {states['HIT']:>7} {states['STALE']:>6}"
                + "".join(f" {k}={v}" for k, v in states.items() if k.startswith("status"))
            )
        elapsed = time.monotonic() - started
        interval_seconds = args.rounds * POLL_SECONDS
        print(f"polls served: {polls} in {elapsed:.1f} s ({polls / elapsed:.0f} req/s here)")
        print(
            f"answer size: {sizes.get('nothing new', 0)} bytes with nothing new, "
            f"{sizes.get('new', 0)} with one new entry"
        )
        print(
            f"origin renders: {renders}: {cold} to fill the empty cache, then "
            f"{(renders - cold) / max(changes, 1):.2f} per entry change ({changes} changes)"
        )
        print(
            f"readers' polls at a {POLL_SECONDS} s interval: {args.readers / POLL_SECONDS:.0f} req/s; "
            f"origin requests: {renders / interval_seconds:.2f} req/s "
            f"({renders / polls:.4%} of polls)"
        )
        print(f"load average: {os.getloadavg()[0]:.1f}")
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
