"""Production settings: fail fast on missing secrets, HTTPS everywhere; passes check --deploy."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import mailers_from_url


def required(name):
    """Return an environment variable that production cannot run without."""
    value = os.environ.get(name, "")
    if not value:
        raise ImproperlyConfigured(f"Production needs the environment variable {name}.")
    return value


DEBUG = False
# The demo newspaper's generator is for `make run` and the tests, never a real paper.
INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "broadsheet.demo"]  # noqa: F405
SECRET_KEY = required("SECRET_KEY")
if len(SECRET_KEY) < 50 or "embedded" in SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be a long random string of at least 50 characters.")
ALLOWED_HOSTS = [host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()]
required("DATABASE_URL")
if BROADSHEET_PURGE_URL and len(BROADSHEET_PURGE_SECRET) < 32:  # noqa: F405
    raise ImproperlyConfigured(
        "BROADSHEET_PURGE_URL needs BROADSHEET_PURGE_SECRET, a random string of 32+ characters."
    )

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "0") == "1"
# Without EMAIL_URL, send through the host's own mail server rather than into files.
MAILERS = {"default": mailers_from_url(os.environ.get("EMAIL_URL") or "smtp://localhost:25")}
