"""The real background processes, end to end: a scheduled story goes live by itself on the
public site, a killed process is started again, and the worker outlives a database outage.

`manage.py run_processes` (what `make run` starts) runs the worker and the scheduler against
their own database (a SQLite file, or a dedicated PostgreSQL database when the suite runs on
PostgreSQL); granian serves the site from it, as in production.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path

import pytest

from tests.processes import free_port, wait_until
from tests.scratch_database import ScratchDatabase

ROOT = Path(__file__).resolve().parents[2]
GRANIAN = Path(sys.executable).with_name("granian")
GO_LIVE_AFTER = 3  # seconds after the editor's click

SETUP = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from tests.factories import make_section
make_section("News", "news")
"""

SCHEDULE = f"""
import django
django.setup()
from datetime import timedelta
from django.utils import timezone
from tests.factories import make_article, make_section
article = make_article(make_section("News", "news"), "Lighthouse keeper retires", live=False, photo=False)
article.go_live_at = timezone.now() + timedelta(seconds={GO_LIVE_AFTER})
article.save_revision().publish()
print(article.url, article.go_live_at.timestamp())
"""

ENQUEUE = """
import django
django.setup()
from broadsheet.search.tasks import refresh_entries_under
print(refresh_entries_under.enqueue("0001").id)
"""


class Database(ScratchDatabase):
    """The processes' database, reached from the test with the plain driver, and made to fail."""

    def __init__(self, tmp_path):
        super().__init__(tmp_path, "processes")
        if not self.postgres:
            self.away = tmp_path / "away"

    def heartbeat(self, process):
        """The process's (pid, beat time as text), or None."""
        rows = self.query(
            f"SELECT pid, beat_at FROM newsroom_heartbeat WHERE process = '{process}'"
        )
        return tuple(rows[0]) if rows else None

    def go_away(self):
        """Make the database unreachable to the processes, without touching the shared server."""
        if self.postgres:
            self.admin(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS false')
            self.admin(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{self.name}'"
            )
        else:
            self.away.mkdir(exist_ok=True)
            for file in self.path.parent.glob(f"{self.path.name}*"):
                file.rename(self.away / file.name)

    def come_back(self):
        if self.postgres:
            self.admin(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true')
        else:
            for file in self.path.parent.glob(f"{self.path.name}*"):
                file.unlink()  # whatever a process opened in its place meanwhile
            for file in self.away.iterdir():
                file.rename(self.path.parent / file.name)
            shutil.rmtree(self.away)

    def drop(self):
        if self.postgres:
            self.admin(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true')
        super().drop()


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


@pytest.fixture
def site(tmp_path):
    """The paper's own database and environment, with a section."""
    database = Database(tmp_path)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
        "DJANGO_SETTINGS_MODULE": "broadsheet.settings.base",
        "DEBUG": "1",  # static files from the finders: no collectstatic for a test
        "BROADSHEET_DATA_DIR": str(tmp_path / "data"),
        "DATABASE_URL": database.url,
        "LOG_LEVEL": "WARNING",
    }
    setup = subprocess.run(
        [sys.executable, "-c", SETUP],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert setup.returncode == 0, setup.stderr
    yield env, database
    database.drop()


@pytest.fixture
def running(site, tmp_path):
    """`run_processes` and a granian serving the site, both stopped at the end."""
    env, database = site
    port = free_port()
    logs = tmp_path / "logs"
    logs.mkdir()
    supervisor_log = open(logs / "processes.log", "wb")  # noqa: SIM115 (closed below)
    supervisor = subprocess.Popen(
        [sys.executable, "manage.py", "run_processes", "--log-dir", str(logs), "--skip-checks"],
        cwd=ROOT, env=env, stdout=supervisor_log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    server = subprocess.Popen(
        [str(GRANIAN), "--interface", "wsgi", "--host", "127.0.0.1", "--port", str(port),
         "--workers", "1", "--log-level", "warning", "broadsheet.wsgi:application"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        yield database, f"http://127.0.0.1:{port}", logs
    finally:
        server.terminate()
        supervisor.send_signal(signal.SIGTERM)
        supervisor.wait(timeout=30)
        server.wait(timeout=30)
        supervisor_log.close()


def logged(logs):
    return "\n".join(path.read_text(errors="replace") for path in sorted(logs.glob("*.log")))


def test_scheduled_story_goes_live_by_itself_and_processes_come_back(running, site, capsys):
    database, server, logs = running
    env = site[0]
    wait_until(lambda: database.heartbeat("scheduler"), 120, "the scheduler to start")
    wait_until(lambda: status_of(server), 60, "granian to answer")

    # An editor schedules a story a few seconds ahead; nobody touches anything after.
    scheduled = subprocess.run(
        [sys.executable, "-c", SCHEDULE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert scheduled.returncode == 0, scheduled.stderr
    path, go_live_at = scheduled.stdout.split()[-2:]
    url, go_live_at = server + path, float(go_live_at)
    assert status_of(url) == 404 or time.time() >= go_live_at  # not live before its time
    live_at = wait_until(
        lambda: status_of(url) == 200 and time.time(), 90, "the story to go live", every=0.1
    )
    latency = live_at - go_live_at
    with capsys.disabled():
        print(f"\nscheduled moment to live on the public URL: {latency:.1f} s")
    assert 0 <= latency < 60, logged(logs)

    # A killed scheduler is started again by the supervisor.
    scheduler_pid, _ = wait_until(lambda: database.heartbeat("scheduler"), 30, "a heartbeat")
    os.kill(scheduler_pid, signal.SIGKILL)
    restarted_pid, _ = wait_until(
        lambda: (beat := database.heartbeat("scheduler")) and beat[0] != scheduler_pid and beat,
        60,
        "the scheduler to be restarted",
    )
    assert "scheduler (pid" in logged(logs) and "restarting in" in logged(logs)

    # The worker waits out a database outage, then runs what was queued meanwhile.
    worker_pid, _ = wait_until(lambda: database.heartbeat("worker"), 30, "the worker's heartbeat")
    database.go_away()
    try:
        wait_until(
            lambda: "Task worker failed" in logged(logs), 60, "the worker to meet the outage"
        )
    finally:
        database.come_back()
    enqueue = subprocess.run(
        [sys.executable, "-c", ENQUEUE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert enqueue.returncode == 0, enqueue.stderr
    task_id = enqueue.stdout.split()[-1].replace("-", "")
    wait_until(
        lambda: (
            database.query(
                f"SELECT status FROM django_tasks_database_dbtaskresult "
                f"WHERE replace(CAST(id AS TEXT), '-', '') = '{task_id}'"
            )
            == [("SUCCESSFUL",)]
        ),
        60,
        "the task queued after the outage to run",
    )
    assert database.heartbeat("worker")[0] == worker_pid, "the worker survived; not restarted"
    assert datetime.fromisoformat(str(database.heartbeat("worker")[1])) is not None
