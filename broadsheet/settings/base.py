"""Settings read from the environment, with embedded defaults: SQLite, local files, no services."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url
from django.utils.csp import CSP
from django.utils.functional import lazy
from django.utils.module_loading import import_string

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PACKAGE_DIR.parent
DATA_DIR = Path(os.environ.get("BROADSHEET_DATA_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    """Read a yes/no environment variable."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
# The embedded default key only ever serves the local demo; production.py refuses it.
SECRET_KEY = os.environ.get("SECRET_KEY", "broadsheet-embedded-demo-key-not-for-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "broadsheet.paper",
    "broadsheet.photos",
    "broadsheet.people",
    "broadsheet.articles",
    "broadsheet.home",
    "broadsheet.liveblogs",
    "broadsheet.newsroom",
    "broadsheet.editions",
    "broadsheet.newsletter",
    "broadsheet.distribution",
    "broadsheet.search",
    "broadsheet.readership",
    "broadsheet.api",
    "broadsheet.webhooks",
    "broadsheet.wires",
    "broadsheet.backups",
    "broadsheet.demo",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "broadsheet.paper.frontend_cache.FrontendCacheConfig",  # Wagtail's, purging only when configured
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    # Wagtail's PostgreSQL search index needs it; harmless on SQLite.
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "broadsheet.newsroom.middleware.AdminContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "broadsheet.paper.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Before the redirects, so an editor's redirect from a killed story's address wins.
    "broadsheet.wires.middleware.WithdrawnStoryMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "broadsheet.paper.middleware.PublicCacheMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Sign-in throttling (django-axes): failures are counted per user name and, separately, per
# address; either locks after the limit until the lockout ends (broadsheet/newsroom/throttling.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
BROADSHEET_LOGIN_FAILURE_LIMIT = int(os.environ.get("BROADSHEET_LOGIN_FAILURE_LIMIT", "5"))
BROADSHEET_LOGIN_LOCKOUT_MINUTES = int(os.environ.get("BROADSHEET_LOGIN_LOCKOUT_MINUTES", "15"))
BROADSHEET_PASSWORD_RESETS_PER_HOUR = int(
    os.environ.get("BROADSHEET_PASSWORD_RESETS_PER_HOUR", "5")
)
AXES_FAILURE_LIMIT = BROADSHEET_LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=BROADSHEET_LOGIN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "broadsheet.newsroom.throttling.client_ip"
AXES_LOCKOUT_CALLABLE = "broadsheet.newsroom.throttling.locked_out"

ROOT_URLCONF = "broadsheet.urls"
WSGI_APPLICATION = "broadsheet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # The page chrome (base.html, error pages) composes several apps, so it lives at project level.
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "broadsheet.paper.context_processors.paper",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'broadsheet.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Django's SQLite, except that only `migrate` may create a missing database file.
    DATABASES["default"]["ENGINE"] = "broadsheet.paper.sqlite"
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets the web server read while the task worker writes.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Short queries (a page, a search) only: compiling a plan with JIT costs more than it saves,
    # and a search's estimated cost can cross JIT's threshold and add tens of milliseconds.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Fails soft: with Redis down, pages render uncached and the outage is logged.
            "BACKEND": "broadsheet.paper.caching.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "broadsheet"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "broadsheet.paper.caching.ResilientFileBasedCache",
            "LOCATION": str(DATA_DIR / "cache"),
            # Room for the page cache of a paper's recent pages (Django's default is 300).
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "newsletter", "editions", "webhooks"],
    }
}


def mailers_from_url(url):
    """Turn EMAIL_URL (smtp://user:pass@host:port?tls=1, smtps://…, file:///dir, console:) into MAILERS."""
    parts = urlsplit(url)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    if parts.scheme == "file":
        return {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": unquote(parts.path)},
        }
    if parts.scheme == "console":
        return {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if parts.scheme in {"smtp", "smtps"}:
        options = {
            "host": parts.hostname or "localhost",
            "port": parts.port or (465 if parts.scheme == "smtps" else 25),
            "username": unquote(parts.username or ""),
            "password": unquote(parts.password or ""),
            "use_ssl": parts.scheme == "smtps",
            "use_tls": query.get("tls", "0") in {"1", "true", "yes"},
            "timeout": int(query.get("timeout", "30")),
        }
        return {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}
    raise ValueError(f"EMAIL_URL has an unknown scheme: {parts.scheme!r}")


EMAIL_URL = os.environ.get("EMAIL_URL") or f"file://{DATA_DIR / 'mail'}"
MAILERS = {"default": mailers_from_url(EMAIL_URL)}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "The Daily Broadsheet <news@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Mail Wagtail sends (review notifications) comes from the paper's name in its settings, at
# DEFAULT_FROM_EMAIL's address; worked out at each send (broadsheet.paper.mail.sender).
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = lazy(
    lambda: import_string("broadsheet.paper.mail.sender")(), str
)()
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "broadsheet.newsroom.forms.PaperPasswordResetForm"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = os.environ.get("LANGUAGE_CODE", "en-gb")
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", DATA_DIR / "media"))
# The embedded site serves uploads itself; behind a CDN or proxy, let that serve MEDIA_ROOT.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600

# Security: Django's defaults, plus a nonce-based Content Security Policy on every response.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
# The Wagtail admin's policy: Wagtail 8 still writes inline scripts and style attributes, so the
# admin allows inline code but nothing from another host, and may frame only itself (preview).
BROADSHEET_ADMIN_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": SECURE_CSP["frame-src"],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("BROADSHEET_PAPER_NAME", "The Daily Broadsheet")
WAGTAILADMIN_BASE_URL = os.environ.get(
    "BROADSHEET_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
)
WAGTAILIMAGES_IMAGE_MODEL = "photos.Photo"
WAGTAILIMAGES_IMAGE_FORM_BASE = "broadsheet.photos.forms.PhotoForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "txt", "csv", "docx", "xlsx"]
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
# No avatars from gravatar.com: the admin makes no third-party requests.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Everyone in the newsroom sees times in the paper's time zone; no per-user choice.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
TAGGIT_CASE_INSENSITIVE = True

# Broadsheet's own settings (each is documented in docs/settings.md).
BROADSHEET_BASE_URL = WAGTAILADMIN_BASE_URL
BROADSHEET_PUBLIC_MAX_AGE = int(os.environ.get("BROADSHEET_PUBLIC_MAX_AGE", "60"))
BROADSHEET_CDN_MAX_AGE = int(os.environ.get("BROADSHEET_CDN_MAX_AGE", "300"))
# Live blogs: how often a reader's open page asks for new entries, and how long the answer keeps.
BROADSHEET_LIVEBLOG_POLL_SECONDS = int(os.environ.get("BROADSHEET_LIVEBLOG_POLL_SECONDS", "5"))
BROADSHEET_LIVEBLOG_MAX_AGE = int(os.environ.get("BROADSHEET_LIVEBLOG_MAX_AGE", "4"))
# The in-app page cache for anonymous readers ("off" to measure or debug the render path), and
# how long a page is kept past its freshness, for outages (also sent as stale-if-error).
BROADSHEET_PAGE_CACHE = env_bool("BROADSHEET_PAGE_CACHE", default=True)
BROADSHEET_STALE_IF_ERROR = int(os.environ.get("BROADSHEET_STALE_IF_ERROR", "86400"))
# A proxy in front (deploy/nginx/broadsheet.conf) is asked to fetch changed pages anew: a GET to
# this address carrying the shared secret in X-Broadsheet-Refresh. Empty: no proxy to refresh.
BROADSHEET_PURGE_URL = os.environ.get("BROADSHEET_PURGE_URL", "")
BROADSHEET_PURGE_SECRET = os.environ.get("BROADSHEET_PURGE_SECRET", "")
# Other CDNs (Cloudflare, CloudFront…) through Wagtail's front-end cache, in a settings module of yours.
WAGTAILFRONTENDCACHE = {}
# A static copy of the public site (manage.py bake), kept up to date on publishing when set.
BROADSHEET_BAKE_DIR = os.environ.get("BROADSHEET_BAKE_DIR", "")
# The breaking-news banner: how often open pages poll for it, and how long its JSON may be cached.
BROADSHEET_BANNER_POLL_SECONDS = int(os.environ.get("BROADSHEET_BANNER_POLL_SECONDS", "30"))
BROADSHEET_BANNER_MAX_AGE = int(os.environ.get("BROADSHEET_BANNER_MAX_AGE", "15"))
# Newsletter: the MAILERS alias issues go through, and how long a send claim lasts (seconds).
BROADSHEET_NEWSLETTER_MAILER = os.environ.get("BROADSHEET_NEWSLETTER_MAILER", "default")
# Shared secret for POSTing bounce and complaint reports to /newsletter/reports/ (empty: off).
BROADSHEET_NEWSLETTER_REPORT_SECRET = os.environ.get("BROADSHEET_NEWSLETTER_REPORT_SECRET", "")
BROADSHEET_NEWSLETTER_RETRY_SECONDS = int(
    os.environ.get("BROADSHEET_NEWSLETTER_RETRY_SECONDS", "60")
)
BROADSHEET_NEWSLETTER_CLAIM_TIMEOUT = int(
    os.environ.get("BROADSHEET_NEWSLETTER_CLAIM_TIMEOUT", "300")
)
# Discovery (search, readership, webhooks): read counts in "database" or "redis".
BROADSHEET_READERSHIP_STORE = os.environ.get(
    "BROADSHEET_READERSHIP_STORE", "redis" if REDIS_URL else "database"
)
BROADSHEET_READERSHIP_REDIS_URL = os.environ.get("BROADSHEET_READERSHIP_REDIS_URL", REDIS_URL)
BROADSHEET_READERSHIP_LIST_TTL = int(os.environ.get("BROADSHEET_READERSHIP_LIST_TTL", "300"))
# The reader's search on PostgreSQL: the text search configuration (language) of its entries.
BROADSHEET_SEARCH_CONFIG = os.environ.get("BROADSHEET_SEARCH_CONFIG", "english")
# Webhook deliveries never go to private, loopback or link-local addresses unless listed here.
BROADSHEET_WEBHOOKS_ALLOWED_NETWORKS = env_list("BROADSHEET_WEBHOOKS_ALLOWED_NETWORKS")
# Wire desk: agency files above this size are quarantined unread; pictures have their own limit.
BROADSHEET_WIRES_MAX_FILE_BYTES = int(os.environ.get("BROADSHEET_WIRES_MAX_FILE_BYTES", "5000000"))
BROADSHEET_WIRES_MAX_PICTURE_BYTES = int(
    os.environ.get("BROADSHEET_WIRES_MAX_PICTURE_BYTES", "20000000")
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # WeasyPrint narrates every layout step at INFO; the edition build reports its own progress.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
