"""Test settings: the base settings with the few changes that make tests fast and isolated."""

import os

from .base import *  # noqa: F403
from .base import DATA_DIR, TASKS

# A fixed key so signed tokens are reproducible within a run.
SECRET_KEY = "broadsheet-test-key"
# Fast hashing: tests create many users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A process-local cache: test processes never share entries, but the tests of one process do, so
# a test that reads a cached value starts a new generation (or clears the cache) first. Redis
# tests build their own.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Each test sees pages as rendered; the page cache's own tests turn it on.
BROADSHEET_PAGE_CACHE = False
# Static files from the finders, so tests need no collectstatic.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# Uploads go to a throwaway folder, never into the demo's data.
MEDIA_ROOT = DATA_DIR / "test-media" / str(os.getpid())
# Tasks run immediately unless a test asks for the database backend.
TASKS = {
    "default": {
        "BACKEND": "django.tasks.backends.immediate.ImmediateBackend",
        "QUEUES": TASKS["default"]["QUEUES"],  # the same named queues as production
    }
}
# Quiet: Wagtail logs every page event and task at INFO.
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    # Test data need not survive a crash of the server: commit without waiting for the disk.
    DATABASES["default"]["OPTIONS"]["options"] += " -c synchronous_commit=off"  # noqa: F405
