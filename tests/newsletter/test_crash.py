"""Kill a real `manage.py db_worker` mid-send, restart it, and count what the SMTP server got.

The worker runs in its own process against its own database (a SQLite file, or a dedicated
PostgreSQL database when the suite runs on PostgreSQL), so it and this test see the same rows.
It is SIGKILLed the moment the server has stored the Nth message, i.e. after the final dot and
before the worker can read the server's 250 reply: the window where a naive "send, then record"
design either loses or repeats a message.
"""

import os
import signal
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
SUBSCRIBERS = 400
KILL_AT = (60, 170, 290)
CLAIM_TIMEOUT = 2

SETUP = f"""
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.utils import timezone
from broadsheet.newsletter.digest import build_issue, daily_briefing
from broadsheet.newsletter.tasks import send_issue
from broadsheet.newsletter.testing import make_subscribers
newsletter = daily_briefing()
make_subscribers({SUBSCRIBERS}, [newsletter], prefix="crash")
issue, _ = build_issue(newsletter, timezone.localdate())
send_issue.enqueue(issue.pk)
print(issue.pk)
"""


class Database:
    """The worker's database, reached from the test with the plain driver."""

    def __init__(self, tmp_path):
        default = settings.DATABASES["default"]
        self.postgres = default["ENGINE"] == "django.db.backends.postgresql"
        if self.postgres:
            name = f"{os.environ.get('DATABASE_URL', '').rsplit('/', 1)[-1] or 'bs_newsletter'}"
            self.name = f"{name}_crash".replace("-", "_")
            parts = urlsplit(os.environ["DATABASE_URL"])
            self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
            self.admin_url = urlunsplit(parts._replace(path="/postgres"))
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}"')
            self._admin(f'CREATE DATABASE "{self.name}"')
        else:
            self.path = tmp_path / "crash.sqlite3"
            self.url = f"sqlite:///{self.path}"

    def _admin(self, sql):
        import psycopg

        with closing(psycopg.connect(self.admin_url, autocommit=True)) as conn:
            conn.execute(sql)

    def query(self, sql):
        if self.postgres:
            import psycopg

            with closing(psycopg.connect(self.url, autocommit=True)) as conn:
                return conn.execute(sql).fetchall()
        import sqlite3

        with closing(sqlite3.connect(self.path, timeout=20)) as conn:
            return conn.execute(sql).fetchall()

    def states(self):
        return dict(self.query("SELECT state, COUNT(*) FROM newsletter_delivery GROUP BY state"))

    def drop(self):
        if self.postgres:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@pytest.fixture
def worker_env(tmp_path, smtp_server):
    database = Database(tmp_path)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "DJANGO_SETTINGS_MODULE": "broadsheet.settings.base",
        "BROADSHEET_DATA_DIR": str(tmp_path / "data"),
        "DATABASE_URL": database.url,
        "EMAIL_URL": f"smtp://{smtp_server.host}:{smtp_server.port}?timeout=10",
        "BROADSHEET_NEWSLETTER_CLAIM_TIMEOUT": str(CLAIM_TIMEOUT),
        "LOG_LEVEL": "WARNING",
    }
    yield env, database
    database.drop()


def start_worker(env, log):
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--queue-name",
            "newsletter",
            "--interval",
            "0.1",
            "--no-startup-delay",
            "--no-reload",
            # base.py lacks django.contrib.postgres, which Django's checks demand on PostgreSQL
            # for wagtailsearch's index; the checks are not what this test is about.
            "--skip-checks",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def wait_until(condition, timeout, what):
    """Poll a condition on the other process's work until it holds; fail after `timeout` s."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        pause.wait(0.1)


def test_killed_worker_misses_nobody_and_mails_nobody_twice(worker_env, smtp_server, tmp_path):
    env, database = worker_env
    setup = subprocess.run(
        [sys.executable, "-c", SETUP],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert setup.returncode == 0, setup.stderr
    issue_id = int(setup.stdout.split()[-1])

    log = open(tmp_path / "worker.log", "w")  # noqa: SIM115 (closed below, after the last worker)
    states_at_kill = []
    try:
        for count in KILL_AT:
            worker = start_worker(env, log)
            try:
                smtp_server.messages.wait_for(count, timeout=120)
            finally:
                worker.send_signal(signal.SIGKILL)
                worker.wait(timeout=30)
            states_at_kill.append(database.states())

        worker = start_worker(env, log)
        try:
            smtp_server.messages.wait_for(SUBSCRIBERS, timeout=120)
            wait_until(
                lambda: (
                    database.query(f"SELECT status FROM newsletter_issue WHERE id={issue_id}")
                    == [("sent",)]
                ),
                timeout=60,
                what="the issue to be marked submitted",
            )
        finally:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=30)
    finally:
        log.close()

    worker_log = (tmp_path / "worker.log").read_text()
    # Each kill left claimed rows behind that the restarted worker had to take over.
    assert all(states.get("sending", 0) > 0 for states in states_at_kill), (
        states_at_kill,
        worker_log[-3000:],
    )
    recipients = [mail.recipients[0] for mail in smtp_server.messages]
    message_ids = [mail.message["Message-ID"] for mail in smtp_server.messages]
    expected = {f"crash{n}@example.org" for n in range(SUBSCRIBERS)}
    missed = expected - set(recipients)
    duplicates = len(recipients) - len(set(recipients))
    assert (len(missed), duplicates) == (0, 0), (sorted(missed)[:10], worker_log[-3000:])
    assert len(set(message_ids)) == SUBSCRIBERS
    assert database.states() == {"sent": SUBSCRIBERS}
