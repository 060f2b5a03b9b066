"""Back up a paper, check the archive, restore it into an empty installation and compare."""

import gzip
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import threading
from contextlib import closing
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone
from PIL import Image
from wagtail.models import Site

from broadsheet.articles.models import ArticlePage
from broadsheet.backups.database import drop_all_tables
from broadsheet.editions.models import Edition, EditionPage, EditionStatus
from broadsheet.newsletter.models import Subscriber, SubscriberState, Subscription
from broadsheet.newsletter.setup import ensure_newsletters
from broadsheet.photos.models import Photo
from tests.factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[2]


def png(color):
    buffer = BytesIO()
    Image.new("RGB", (60, 90), color).save(buffer, "PNG")
    return buffer.getvalue()


def make_paper():
    """A small paper: articles with photos and a byline, subscribers, and a printed edition."""
    section = make_section("News")
    reporter = make_person("Ada Quill")
    articles = [
        make_article(section, f"Harbour story {n}", authors=[reporter], tags=["harbour"])
        for n in range(3)
    ]
    newsletters = ensure_newsletters()
    for n, state in enumerate([SubscriberState.CONFIRMED, SubscriberState.PENDING]):
        subscriber = Subscriber.objects.create(email=f"reader{n}@example.org", state=state)
        Subscription.objects.create(subscriber=subscriber, newsletter=newsletters["daily-briefing"])
    edition = Edition.objects.create(
        site=Site.objects.get(is_default_site=True),
        date=date(2026, 11, 30),
        number=412,
        status=EditionStatus.READY,
        page_count=1,
        built_at=timezone.now(),
    )
    edition.pdf.save("edition.pdf", ContentFile(b"%PDF-1.7\n% a printed edition\n%%EOF\n"))
    folder = f"editions/{edition.site_id}/2026-11-30"
    EditionPage.objects.create(
        edition=edition,
        number=1,
        section="Front page",
        image=default_storage.save(f"{folder}/page-1.png", ContentFile(png((200, 10, 10)))),
        thumbnail=default_storage.save(f"{folder}/thumb-1.png", ContentFile(png((10, 200, 10)))),
    )
    return articles


def every_row():
    """Every row of every table, in a stable order: what "the same paper" means here."""
    rows = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows[table] = sorted(map(repr, cursor.fetchall()))
    return rows


def media_checksums(root):
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def back_up(tmp_path, capsys):
    archive = tmp_path / "paper.tar.gz"
    call_command("backup", output=str(archive))
    assert "Backup written to" in capsys.readouterr().out
    return archive


def become_empty_installation(settings, tmp_path):
    """Point at a new MEDIA_ROOT and leave the database as a fresh `migrate` would... or emptier."""
    drop_all_tables(connection)
    settings.MEDIA_ROOT = tmp_path / "new-media"
    return settings.MEDIA_ROOT


def test_a_paper_survives_backup_and_restore_unchanged(media, settings, tmp_path, capsys, client):
    articles = make_paper()
    rows_before = every_row()
    files_before = media_checksums(media)
    assert len(files_before) >= 7  # photos, portrait, renditions aside: PDF and page images too

    archive = back_up(tmp_path, capsys)
    new_media = become_empty_installation(settings, tmp_path)
    call_command("restore", str(archive))

    assert "Restored" in capsys.readouterr().out
    assert every_row() == rows_before
    assert media_checksums(new_media) == files_before
    response = client.get(articles[0].url)
    assert response.status_code == 200
    assert "Harbour story 0" in response.text
    assert "Ada Quill" in response.text
    photo = ArticlePage.objects.get(pk=articles[0].pk).lead_photo
    with photo.file.open("rb") as stream:
        assert Image.open(stream).size == (800, 500)
    assert Subscriber.objects.confirmed().get().email == "reader0@example.org"
    edition = Edition.objects.get(number=412)
    assert edition.pdf.read().startswith(b"%PDF-1.7")
    assert edition.pages.get().image.width == 60


def test_restore_works_after_migrate_on_the_new_installation(media, settings, tmp_path, capsys):
    make_paper()
    rows_before = every_row()
    archive = back_up(tmp_path, capsys)
    drop_all_tables(connection)
    call_command("migrate", verbosity=0)  # what an operator may well have run already
    settings.MEDIA_ROOT = tmp_path / "new-media"

    call_command("restore", str(archive))

    assert every_row() == rows_before


def test_the_archive_is_private_and_lists_versions_and_checksums(media, tmp_path, capsys):
    make_paper()
    archive = back_up(tmp_path, capsys)

    assert archive.stat().st_mode & 0o777 == 0o600
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        names = tar.getnames()
        photo_name = "media/" + Photo.objects.first().file.name
        photo_bytes = tar.extractfile(photo_name).read()
    assert manifest["versions"]["django"].startswith("6.1")
    assert manifest["versions"]["wagtail"].startswith("8.")
    assert manifest["database"]["engine"] == connection.vendor
    assert "0001_initial" in manifest["migrations"]["articles"]
    assert manifest["row_counts"]["newsletter_subscriber"] == 2
    assert manifest["files"][photo_name]["sha256"] == hashlib.sha256(photo_bytes).hexdigest()
    assert set(names) == set(manifest["files"]) | {"manifest.json"}


def test_verify_passes_a_good_archive_and_touches_nothing(media, tmp_path, capsys):
    make_paper()
    archive = back_up(tmp_path, capsys)
    rows_before, files_before = every_row(), media_checksums(media)

    call_command("restore", str(archive), verify=True)

    out = capsys.readouterr().out
    assert "Archive OK" in out
    assert "media files" in out
    assert every_row() == rows_before
    assert media_checksums(media) == files_before


def rewrite(archive, target, change):
    """Copy the archive member by member, letting `change(name, data)` alter or drop members."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        for member in source:
            data = change(member.name, source.extractfile(member).read())
            if data is None:
                continue
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    return target


def verify_error(archive):
    with pytest.raises(CommandError) as failure:
        call_command("restore", str(archive), verify=True)
    return str(failure.value)


def test_verify_names_the_altered_file(media, tmp_path, capsys):
    make_paper()
    archive = back_up(tmp_path, capsys)
    pdf = "media/" + Edition.objects.get().pdf.name

    altered = rewrite(
        archive,
        tmp_path / "altered.tar.gz",
        lambda name, data: data.replace(b"printed", b"PRINTED") if name == pdf else data,
    )

    assert verify_error(altered) == (
        f"The archive does not match its manifest: {pdf} does not match its SHA-256 checksum."
    )


def test_verify_refuses_truncated_garbled_and_incomplete_archives(media, tmp_path, capsys):
    make_paper()
    archive = back_up(tmp_path, capsys)
    data = archive.read_bytes()
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(data[: len(data) // 2])
    not_an_archive = tmp_path / "notes.tar.gz"
    not_an_archive.write_text("these are not the archive you are looking for")
    photo = "media/" + Photo.objects.first().file.name
    without_photo = rewrite(
        archive, tmp_path / "missing.tar.gz", lambda name, d: None if name == photo else d
    )
    without_manifest = rewrite(
        archive, tmp_path / "bare.tar.gz", lambda name, d: None if name == "manifest.json" else d
    )

    assert verify_error(truncated).startswith("The archive is damaged or truncated")
    assert verify_error(not_an_archive).startswith("The archive is damaged or truncated")
    assert verify_error(without_photo) == (
        f"The archive does not match its manifest: {photo} is listed in the manifest but missing."
    )
    assert verify_error(without_manifest).startswith("The archive has no manifest.json")
    assert verify_error(tmp_path / "nowhere.tar.gz").startswith("There is no archive at")


def test_verify_refuses_a_database_copy_that_does_not_open(media, tmp_path, capsys):
    make_paper()
    archive = back_up(tmp_path, capsys)
    garbage = b"\x00not a database\xff" * 100

    def swap_database(name, data):
        if name.startswith("database/"):
            return garbage
        if name == "manifest.json":
            manifest = json.loads(data)
            entry = manifest["files"][manifest["database"]["file"]]
            entry.update(size=len(garbage), sha256=hashlib.sha256(garbage).hexdigest())
            return json.dumps(manifest).encode()
        return data

    broken = rewrite(archive, tmp_path / "broken-db.tar.gz", swap_database)

    message = verify_error(broken)
    assert "database copy" in message
    assert "cannot read" in message or "does not open" in message


def test_verify_refuses_paths_outside_the_archive(media, tmp_path):
    hostile = tmp_path / "hostile.tar.gz"
    with tarfile.open(hostile, "w:gz") as tar:
        info = tarfile.TarInfo("media/../../etc/cron.d/evil")
        payload = b"* * * * * root true\n"
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))

    assert verify_error(hostile) == (
        "The archive holds an unsafe path: 'media/../../etc/cron.d/evil'."
    )
    assert not (tmp_path.parent.parent / "etc" / "cron.d" / "evil").exists()


def test_restore_refuses_an_installation_that_holds_a_paper(media, tmp_path, capsys):
    make_paper()
    archive = back_up(tmp_path, capsys)
    ArticlePage.objects.filter(title="Harbour story 2").update(title="Changed after the backup")
    rows_before, files_before = every_row(), media_checksums(media)

    with pytest.raises(CommandError) as refusal:
        call_command("restore", str(archive))

    message = str(refusal.value)
    assert message.startswith("This installation is not empty (")
    assert "user accounts" not in message  # make_paper creates none
    assert "pages" in message and "photos" in message and "2 subscribers" in message
    assert "nothing here is overwritten" in message
    assert every_row() == rows_before
    assert media_checksums(media) == files_before
    assert ArticlePage.objects.filter(title="Changed after the backup").exists()


def test_restore_refuses_a_damaged_archive_before_touching_the_database(
    media, settings, tmp_path, capsys
):
    make_paper()
    archive = back_up(tmp_path, capsys)
    become_empty_installation(settings, tmp_path)
    damaged = tmp_path / "damaged.tar.gz"
    damaged.write_bytes(gzip.compress(b"nothing like a tar file" * 50))

    with pytest.raises(CommandError, match="damaged or truncated"):
        call_command("restore", str(damaged))

    assert connection.introspection.table_names() == []
    assert not (tmp_path / "new-media").exists() or not any((tmp_path / "new-media").iterdir())
    call_command("restore", str(archive))  # the good one still goes in afterwards
    assert ArticlePage.objects.count() == 3


def manage(*args, data_dir):
    """Run manage.py as an operator would, against a SQLite database in `data_dir`."""
    environment = os.environ | {
        "BROADSHEET_DATA_DIR": str(data_dir),
        "DATABASE_URL": "",
        "DJANGO_SETTINGS_MODULE": "broadsheet.settings.base",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )


def write_sessions_until(stop, database_path):
    """Keep committing rows, as a busy site does, until told to stop."""
    writer = sqlite3.connect(database_path, timeout=20)
    n = 0
    while not stop.is_set():
        n += 1
        writer.execute(
            "INSERT INTO django_session (session_key, session_data, expire_date)"
            " VALUES (?, 'x', '2099-01-01 00:00:00')",
            (f"busy-{n:08d}",),
        )
        writer.commit()
    writer.close()
    return n


@pytest.mark.skipif(
    django_settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql",
    reason="runs its own SQLite site, the same in either run of the suite",
)
@pytest.mark.django_db(transaction=False)
def test_a_busy_sqlite_site_backs_up_consistently_and_restores(tmp_path):
    site, restored = tmp_path / "site", tmp_path / "restored"
    assert manage("migrate", "--no-input", data_dir=site).returncode == 0
    stop = threading.Event()
    writer = threading.Thread(
        target=write_sessions_until, args=(stop, site / "broadsheet.sqlite3"), daemon=True
    )
    writer.start()
    try:
        backup = manage("backup", "--output", str(tmp_path / "busy.tar.gz"), data_dir=site)
    finally:
        stop.set()
        writer.join()

    assert backup.returncode == 0, backup.stderr
    with tarfile.open(tmp_path / "busy.tar.gz") as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    written_during_backup = manifest["row_counts"]["django_session"]
    assert written_during_backup > 0  # the backup ran while rows were arriving
    verify = manage("restore", "--verify", str(tmp_path / "busy.tar.gz"), data_dir=restored)
    assert verify.returncode == 0, verify.stderr
    assert not (restored / "broadsheet.sqlite3").exists()  # --verify creates no database
    # A data dir without a database, as the README allows: the restore creates it.
    restore = manage("restore", str(tmp_path / "busy.tar.gz"), data_dir=restored)
    assert restore.returncode == 0, restore.stderr
    with closing(sqlite3.connect(restored / "broadsheet.sqlite3")) as copy:
        count = copy.execute("SELECT count(*) FROM django_session").fetchone()[0]
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert count == written_during_backup
    again = manage("restore", str(tmp_path / "busy.tar.gz"), data_dir=restored)
    assert again.returncode != 0
    assert "This installation is not empty" in again.stderr
