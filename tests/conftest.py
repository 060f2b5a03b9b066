"""Shared fixtures: a real SMTP server, Redis, and Chromium through Playwright with axe-core."""

import email
import email.policy
import os
import socket
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from functools import cache
from importlib import resources
from pathlib import Path

import pytest

ARTIFACTS_DIR = Path(
    os.environ.get("BROADSHEET_TEST_ARTIFACTS")
    or Path(__file__).resolve().parent.parent / "test-artifacts"
)
SCREENSHOTS_DIR = ARTIFACTS_DIR / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DEFAULT_TEST_REDIS_URL = "redis://127.0.0.1:6379/15"


def in_ci():
    """Tell whether this run is CI's, where a missing service is a failure rather than a skip."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def skip_or_fail(reason):
    """Skip the test locally, but fail it under CI=true, where every service must be there."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


def pytest_collection_modifyitems(config, items):
    """Run browser tests last: Playwright's event loop must not leak into the other tests."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


def pytest_configure(config):
    """On SQLite, the live server answers one request at a time, and never while a
    transactional test's tables are emptied.

    Its request threads all share the test's in-memory SQLite connection, and two requests at
    once (a page and the admin's background ping, say) can interleave on it: a session read then
    comes back empty and the person is sent to the login page. Waiting is bounded, so a request
    made while another is being answered (a page fetching one of the server's own URLs) goes on.
    """
    from django.conf import settings
    from django.core.servers.basehttp import ThreadedWSGIServer
    from django.test.testcases import LiveServerThread, TransactionTestCase

    if "sqlite" not in settings.DATABASES["default"]["ENGINE"]:
        return
    one_at_a_time = threading.Lock()
    empty_tables = TransactionTestCase._fixture_teardown

    def emptied_between_requests(test_case):
        # A request still answering (the page's last autosave or ping) holds a cursor on the
        # shared connection; emptying the tables under it fails with "table is locked".
        acquired = one_at_a_time.acquire(timeout=30)
        try:
            empty_tables(test_case)
        finally:
            if acquired:
                one_at_a_time.release()

    TransactionTestCase._fixture_teardown = emptied_between_requests

    class OneRequestAtATimeServer(ThreadedWSGIServer):
        def set_app(self, application):
            def serialised(environ, start_response):
                acquired = one_at_a_time.acquire(timeout=10)
                try:
                    return application(environ, start_response)
                finally:
                    if acquired:
                        one_at_a_time.release()

            super().set_app(serialised)

    LiveServerThread.server_class = OneRequestAtATimeServer


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item, so fixtures can tell whether the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@dataclass
class ReceivedMail:
    """One message the SMTP server accepted, with its envelope."""

    sender: str
    recipients: list[str]
    message: EmailMessage
    raw: bytes = field(repr=False)

    @property
    def subject(self):
        """The decoded Subject header."""
        return self.message["Subject"]

    @property
    def text(self):
        """The text/plain body, or None."""
        part = self.message.get_body(preferencelist=("plain",))
        return None if part is None else part.get_content()

    @property
    def html(self):
        """The text/html body, or None."""
        part = self.message.get_body(preferencelist=("html",))
        return None if part is None else part.get_content()


class Inbox(list):
    """The messages received so far, in arrival order, filled from the server's thread."""

    def __init__(self):
        super().__init__()
        self._changed = threading.Condition()

    def _add(self, mail):
        with self._changed:
            self.append(mail)
            self._changed.notify_all()

    def wait_for(self, count, timeout=5.0):
        """Wait until at least `count` messages have arrived and return them; fail on timeout."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self) >= count, timeout):
                raise AssertionError(
                    f"expected {count} message(s) within {timeout}s, got {len(self)}"
                )
            return list(self)

    def to(self, address):
        """The messages whose envelope includes `address`."""
        address = address.lower()
        return [mail for mail in self if address in (r.lower() for r in mail.recipients)]


class _Handler:
    """aiosmtpd handler: refuses chosen recipients, stores everything else."""

    def __init__(self, server):
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        refusal = self.server._refusal_for(address)
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        self.server.messages._add(
            ReceivedMail(str(envelope.mail_from), list(envelope.rcpt_tos), message, raw)
        )
        return "250 Message accepted for delivery"


class SMTPTestServer:
    """A real SMTP server on 127.0.0.1 in a thread, with programmable recipient refusals."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.host = "127.0.0.1"
        self.messages = Inbox()
        self._refusals = {}
        self._lock = threading.Lock()
        for _attempt in range(5):
            self.port = _free_port(self.host)
            self._controller = Controller(
                _Handler(self),
                hostname=self.host,
                port=self.port,
                server_hostname="broadsheet-test-smtp",
                enable_SMTPUTF8=True,
                decode_data=False,
                ready_timeout=10,
            )
            try:
                self._controller.start()
                break
            except OSError:
                self._controller.stop(no_assert=True)
        else:
            raise RuntimeError("could not start the test SMTP server on a free port")

    def reject(self, address, code=550, message=None, times=None):
        """Refuse RCPT TO `address` with `code` (5xx permanent, 4xx temporary), `times` times."""
        if not 400 <= code < 600:
            raise ValueError("an SMTP refusal needs a 4xx or 5xx code")
        if message is None:
            message = "5.1.1 Mailbox unavailable" if code >= 500 else "4.2.0 Try again later"
        with self._lock:
            self._refusals[address.lower()] = [f"{code} {message}", times]

    def accept(self, address):
        """Stop refusing `address`."""
        with self._lock:
            self._refusals.pop(address.lower(), None)

    def _refusal_for(self, address):
        with self._lock:
            refusal = self._refusals.get(address.lower())
            if refusal is None:
                return None
            reply, times = refusal
            if times is not None:
                if times <= 1:
                    del self._refusals[address.lower()]
                else:
                    refusal[1] = times - 1
            return reply

    def reset(self):
        """Forget received messages and refusals."""
        with self._lock:
            self._refusals.clear()
        self.messages.clear()

    @property
    def mailers(self):
        """A MAILERS setting that delivers to this server."""
        return mailers_for(self)

    def stop(self):
        """Shut the server down."""
        self._controller.stop()


def _free_port(host):
    """Ask the kernel for a port that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def mailers_for(server, **options):
    """A MAILERS dict for override_settings(MAILERS=...) that sends through `server` by SMTP."""
    return {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": server.host, "port": server.port, "timeout": 10, **options},
        }
    }


@pytest.fixture(scope="session")
def _smtp_server_session():
    """One SMTP server for the whole run; `smtp_server` resets it between tests."""
    server = SMTPTestServer()
    yield server
    server.stop()


@pytest.fixture
def smtp_server(_smtp_server_session):
    """A real SMTP server: `.messages.wait_for(n)`, `.reject(address, code=550)`, `.mailers`."""
    _smtp_server_session.reset()
    yield _smtp_server_session
    _smtp_server_session.reset()


@pytest.fixture
def redis_url():
    """BROADSHEET_TEST_REDIS_URL, its database flushed before and after the test."""
    import redis

    url = os.environ.get("BROADSHEET_TEST_REDIS_URL") or DEFAULT_TEST_REDIS_URL
    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
    try:
        client.ping()
    except redis.RedisError as error:
        client.close()
        skip_or_fail(f"Redis at {url} did not answer: {error}")
    client.flushdb()
    try:
        yield url
    finally:
        client.flushdb()
        client.close()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright's sync API for the whole session."""
    if not os.access(CHROMIUM, os.X_OK):
        skip_or_fail(f"{CHROMIUM} is missing: install it with `apt-get install chromium`")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop running on this thread, which Django
    # would take for async code; browser tests run last, so only they are affected.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser, request):
    """A fresh browser context and page; a failing test leaves a screenshot in test-artifacts/."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB", timezone_id="Europe/London"
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        yield page
    finally:
        report = getattr(request.node, "report_call", None)
        if report is not None and report.failed:
            try:
                screenshot(page, f"{request.node.name}-failed")
            except Exception as error:  # a screenshot must not mask the real failure
                print(f"could not save a screenshot: {error}")
        context.close()


def screenshot(page, name):
    """Save a full-page PNG of `page` in test-artifacts/screenshots/<name>.png; return its path."""
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    path = SCREENSHOTS_DIR / f"{safe}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@cache
def axe_source():
    """The axe-core script shipped in the axe-playwright-python wheel."""
    return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text("utf-8")


def axe_violations(page, tags=AXE_TAGS, context=None):
    """Run axe-core on `page` (WCAG 2.0-2.2 A/AA) and return its list of violations."""
    # evaluate() is not subject to the page's CSP, unlike an injected <script>.
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    options = {"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]}
    return page.evaluate(
        "([context, options]) => window.axe.run(context || document, options)"
        ".then((results) => results.violations)",
        [context, options],
    )


def describe_violations(violations):
    """A readable summary of axe violations for an assertion message."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {node['target']}: {node['html'][:120]}" for node in violation["nodes"])
    return "\n".join(lines) or "no violations"


def restore_wagtail_base_rows():
    """Put back the rows Wagtail's migrations create (locale, root page, root collection).

    A transactional test empties every table when it ends, so the next one would find no tree.
    The emptying sends no signals, so a new site generation is started here too: else the
    next test reads the named caches (its masthead's sections, say) the last one filled.
    """
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Collection, Locale, Page

    from broadsheet.paper.caching import bump_content_generation

    ContentType.objects.clear_cache()  # the flush gave content types new ids
    bump_content_generation()
    locale, _ = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale, live=True))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")


@pytest.fixture(autouse=True)
def _wagtail_base_rows(request):
    """Give transactional tests (the browser tests) Wagtail's base rows back."""
    marker = request.node.get_closest_marker("django_db")
    uses_transactions = (marker is not None and marker.kwargs.get("transaction")) or (
        "live_server" in request.fixturenames or "transactional_db" in request.fixturenames
    )
    if uses_transactions:
        request.getfixturevalue("transactional_db")
        restore_wagtail_base_rows()
