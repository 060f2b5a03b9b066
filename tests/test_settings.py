"""Production settings refuse to start half-configured and pass check --deploy; EMAIL_URL."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.test import override_settings

from broadsheet.settings.base import mailers_from_url

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = "broadsheet.settings.production"


@pytest.fixture
def production_env(tmp_path):
    """A minimal environment with everything production needs, and nothing from this shell."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "BROADSHEET_DATA_DIR": str(tmp_path / "data"),
        "DJANGO_SETTINGS_MODULE": PRODUCTION,
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "news.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
    }


def run_python(env, *args):
    """Run this interpreter in the project root with exactly `env`."""
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_import_when_configured(production_env):
    """With the three required variables, production settings load with DEBUG off and HTTPS on."""
    code = (
        f"import {PRODUCTION} as s; "
        "assert not s.DEBUG and s.SECURE_SSL_REDIRECT and s.SESSION_COOKIE_SECURE; "
        "print(s.ALLOWED_HOSTS, s.MAILERS['default']['BACKEND'], s.MAILERS['default']['OPTIONS'])"
    )
    result = run_python(production_env, "-c", code)
    assert result.returncode == 0, result.stderr
    hosts, backend, options = result.stdout.split(" ", 2)
    assert hosts == "['news.example.org']"
    assert backend == "django.core.mail.backends.smtp.EmailBackend"
    assert "'host': 'localhost', 'port': 25" in options


@pytest.mark.parametrize("name", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
@pytest.mark.parametrize("how", ["missing", "empty"])
def test_production_refuses_missing_variable(production_env, name, how):
    """Production settings raise ImproperlyConfigured, naming the variable that is missing."""
    if how == "missing":
        del production_env[name]
    else:
        production_env[name] = ""
    result = run_python(production_env, "-c", f"import {PRODUCTION}")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert name in result.stderr


@pytest.mark.parametrize(
    "key", ["short-key", "broadsheet-embedded-demo-key-not-for-production" + "x" * 20]
)
def test_production_refuses_weak_secret_key(production_env, key):
    """A short key, or the embedded demo key, is refused."""
    production_env["SECRET_KEY"] = key
    result = run_python(production_env, "-c", f"import {PRODUCTION}")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_passes_check_deploy(production_env):
    """`manage.py check --deploy --fail-level WARNING` reports nothing on production settings."""
    result = run_python(production_env, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_has_no_demo_paper(production_env):
    """The demo app stays out of production: there is no command that writes the demo paper."""
    result = run_python(production_env, "manage.py", "load_demo")
    assert result.returncode != 0
    assert "Unknown command: 'load_demo'" in result.stderr


def test_smtp_url():
    """smtp:// with credentials, port and query options."""
    assert mailers_from_url(
        "smtp://editor:p%40ss%2Fword@mail.example.org:2525?tls=1&timeout=5"
    ) == {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": "mail.example.org",
            "port": 2525,
            "username": "editor",
            "password": "p@ss/word",
            "use_ssl": False,
            "use_tls": True,
            "timeout": 5,
        },
    }


def test_smtp_url_defaults():
    """A bare smtp:// URL means port 25, no TLS, no login, a 30 s timeout."""
    options = mailers_from_url("smtp://localhost")["OPTIONS"]
    assert options == {
        "host": "localhost",
        "port": 25,
        "username": "",
        "password": "",
        "use_ssl": False,
        "use_tls": False,
        "timeout": 30,
    }


def test_smtps_url():
    """smtps:// means implicit TLS on port 465 unless another port is given."""
    options = mailers_from_url("smtps://user:secret@smtp.example.org")["OPTIONS"]
    assert (options["port"], options["use_ssl"], options["use_tls"]) == (465, True, False)
    assert mailers_from_url("smtps://smtp.example.org:2465")["OPTIONS"]["port"] == 2465


def test_file_and_console_urls():
    """file:///dir writes messages to that folder; console: prints them."""
    assert mailers_from_url("file:///var/spool/broad%20sheet") == {
        "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "OPTIONS": {"file_path": "/var/spool/broad sheet"},
    }
    assert mailers_from_url("console:") == {
        "BACKEND": "django.core.mail.backends.console.EmailBackend"
    }


def test_unknown_scheme_is_refused():
    """A mistyped scheme fails loudly instead of dropping mail."""
    with pytest.raises(ValueError, match="ftp"):
        mailers_from_url("ftp://mail.example.org")


def test_smtp_url_delivers(smtp_server):
    """The MAILERS entry built from an smtp:// URL really sends to that server."""
    url = f"smtp://{smtp_server.host}:{smtp_server.port}?timeout=10"
    with override_settings(MAILERS={"default": mailers_from_url(url)}):
        mail.send_mail("Via URL", "Body", "news@example.org", ["reader@example.org"])
    (received,) = smtp_server.messages.wait_for(1)
    assert received.subject == "Via URL"


def test_file_url_delivers(tmp_path):
    """The MAILERS entry built from a file:// URL writes the message into that folder."""
    with override_settings(MAILERS={"default": mailers_from_url(f"file://{tmp_path}")}):
        mail.send_mail("Via file", "Body", "news@example.org", ["reader@example.org"])
    (written,) = tmp_path.iterdir()
    assert "Subject: Via file" in written.read_text()
