"""Database unavailable: readers get the last good copy of a page, or the paper's 503 page.

The outage is real: the site's connection is pointed at a PostgreSQL port nobody listens on, or
at an SQLite file that was moved away (which must not come back as a new, empty database).
"""

import copy
import socket
import subprocess
import sys
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connections
from django.db.utils import load_backend
from django.utils import timezone

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def database_unavailable(tmp_path):
    """Swap the default connection for one to a database that is not there."""
    original = connections["default"]
    broken_settings = copy.deepcopy(original.settings_dict)
    if original.vendor == "postgresql":
        broken_settings.update(HOST="127.0.0.1", PORT=str(closed_port()))
    else:
        broken_settings["NAME"] = str(tmp_path / "moved-away.sqlite3")
    broken = load_backend(broken_settings["ENGINE"]).DatabaseWrapper(broken_settings, "default")
    connections["default"] = broken
    try:
        yield broken_settings
    finally:
        broken.close()
        connections["default"] = original


@pytest.fixture
def paper(settings):
    settings.BROADSHEET_PAGE_CACHE = True
    cache.clear()
    news = make_section("News")
    story = make_article(news, "Harbour talks resume")
    yield {"news": news, "story": story}
    cache.clear()


def test_readers_get_the_last_good_copy_then_the_503_page(client, paper, tmp_path, time_machine):
    story_url, section_url = paper["story"].url, paper["news"].url
    assert client.get(story_url)["X-Page-Cache"] == "MISS"
    # Long past its freshness, as after a quiet night: only a stale copy is left.
    time_machine.move_to(timezone.now() + timedelta(hours=6), tick=False)

    with database_unavailable(tmp_path) as broken:
        stale = client.get(story_url)
        never_cached = client.get(section_url)
        if broken["ENGINE"] != "django.db.backends.postgresql":
            assert not Path(broken["NAME"]).exists()  # no new, empty database in its place

    assert stale.status_code == 200 and stale["X-Page-Cache"] == "STALE"
    assert "Harbour talks resume" in stale.content.decode()
    assert "stale-if-error=86400" in stale["Cache-Control"]

    assert never_cached.status_code == 503
    assert never_cached["Retry-After"] == "30"
    assert "no-store" in never_cached["Cache-Control"]
    assert "We will be back in a moment" in never_cached.content.decode()
    assert "'nonce-" not in never_cached["Content-Security-Policy"]

    # The database is back: the page renders afresh.
    fresh = client.get(story_url)
    assert fresh.status_code == 200 and fresh["X-Page-Cache"] == "MISS"


def test_editors_get_the_503_page_not_a_readers_copy(client, paper, tmp_path):
    story_url = paper["story"].url
    client.get(story_url)
    editor = get_user_model().objects.create_superuser("editor", password="a-long-password-1")
    client.force_login(editor)
    with database_unavailable(tmp_path):
        page = client.get(story_url)
        admin = client.get("/admin/")
    assert page.status_code == 503 and "X-Page-Cache" not in page
    assert admin.status_code == 503 and admin["Retry-After"] == "30"


def run_manage(tmp_path, *args, database=None, **environment):
    env = environment | {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "broadsheet.settings.base",
        "BROADSHEET_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{database or tmp_path / 'paper.sqlite3'}",
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(
    django_settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql",
    reason="SQLite's own behaviour",
)
def test_sqlite_creates_the_database_only_when_migrating(tmp_path):
    """Other commands refuse a missing database; makemigrations reads none; migrate creates it."""
    database = tmp_path / "paper.sqlite3"
    refused = run_manage(tmp_path, "showmigrations", "paper")
    assert refused.returncode != 0
    assert "does not exist; `manage.py migrate` creates it" in refused.stderr
    assert not database.exists()

    checked = run_manage(tmp_path, "makemigrations", "--check", "--dry-run")
    assert checked.returncode == 0, checked.stderr
    assert not database.exists()

    planned = run_manage(tmp_path, "migrate", "--plan")
    assert planned.returncode == 0, planned.stderr
    assert database.exists()


@pytest.mark.skipif(
    django_settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql",
    reason="SQLite's own behaviour",
)
def test_migrate_on_a_fresh_installation_creates_its_data_folder(tmp_path, redis_url):
    """With the cache in Redis nothing else makes the data folder, so migrate has to."""
    database = tmp_path / "new-site" / "data" / "paper.sqlite3"
    migrated = run_manage(tmp_path, "migrate", "--no-input", database=database, REDIS_URL=redis_url)
    assert migrated.returncode == 0, migrated.stderr
    assert database.exists()
    assert run_manage(tmp_path, "showmigrations", "paper", database=database).returncode == 0
