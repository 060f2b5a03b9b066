"""An editor builds the day's digest in the admin, previews it, sends it and watches it go."""

import re

import pytest
from django.core.management import call_command
from django.test import override_settings

from broadsheet.newsletter.models import Issue, IssueStatus
from broadsheet.newsletter.sending import fill_ledger, send_issue_now
from broadsheet.newsletter.setup import ensure_newsletters
from broadsheet.newsletter.testing import make_subscribers
from tests.conftest import mailers_for, screenshot
from tests.factories import make_article, make_section
from tests.newsroom.browser import csp_violations, log_in, watch_csp
from tests.newsroom.conftest import newsroom, no_gravatar  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Tasks wait in the database until this test runs a worker, as in production.
DATABASE_TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "newsletter", "editions", "webhooks"],
    }
}
SUBSCRIBERS = 5


@pytest.fixture
def desk(newsroom, smtp_server):  # noqa: F811
    newsletters = ensure_newsletters()
    make_article(make_section("World"), "Harbour talks resume", weight=5)
    make_article(make_section("Sport"), "Northport win the derby", weight=4)
    make_subscribers(SUBSCRIBERS, [newsletters["daily-briefing"]], prefix="digest")
    with override_settings(MAILERS=mailers_for(smtp_server), TASKS=DATABASE_TASKS):
        yield newsletters


def counts(page):
    return {
        name: int(page.locator(f'[data-count="{name}"]').inner_text())
        for name in ("queued", "sent", "failed", "suppressed")
    }


def wait_for_counts(page, **expected):
    """Wait until the counts on the page (refreshed by its script) read `expected`."""
    page.wait_for_function(
        """(expected) => Object.entries(expected).every(([name, value]) =>
            document.querySelector(`[data-count="${name}"]`).textContent.trim() === String(value))""",
        arg=expected,
    )


def test_an_editor_builds_previews_and_sends_the_digest(
    page,
    live_server,
    desk,
    smtp_server,
    no_gravatar,  # noqa: F811
):
    watch_csp(page)
    log_in(page, live_server, "ed")
    page.goto(live_server.url + "/admin/newsletter/issues/")
    page.get_by_role("link", name="Build an issue").click()
    page.get_by_role("combobox", name="Newsletter").select_option(label="Daily briefing")
    page.get_by_role("button", name="Build the issue").click()
    page.wait_for_url(re.compile(r"/admin/newsletter/issues/\d+/$"))
    issue = Issue.objects.get()
    assert "is built with 2 stories" in page.locator(".messages").inner_text()
    sending = page.get_by_role("region", name="Sending")
    assert f"It will go to {SUBSCRIBERS} confirmed subscribers." in sending.inner_text()
    assert csp_violations(page) == []

    preview = page.frame_locator("iframe[title^='Preview of']")
    assert preview.get_by_role("link", name="Harbour talks resume").first.is_visible()

    page.get_by_role("button", name="Send now").click()
    page.wait_for_url(re.compile(rf"/admin/newsletter/issues/{issue.pk}/$"))
    assert "is being sent" in page.locator(".messages").inner_text()
    assert counts(page) == {"queued": 0, "sent": 0, "failed": 0, "suppressed": 0}
    url = page.url

    # A worker starts on the issue and has submitted two messages: the page shows it unreloaded.
    issue.refresh_from_db()
    fill_ledger(issue)
    send_issue_now(issue, limit=2)
    wait_for_counts(page, queued=3, sent=2)
    assert page.locator("[data-progress-field='status_label']").inner_text() == "Sending"
    screenshot(page, "newsletter-issue-sending")

    # The worker the Send button queued takes the task and finishes it.
    call_command("db_worker", "--batch", "--queue-name", "newsletter", "--no-startup-delay")
    wait_for_counts(page, queued=0, sent=SUBSCRIBERS)
    status = page.locator("[data-progress-field='status_label']")
    page.wait_for_function(
        "() => document.querySelector(\"[data-progress-field='status_label']\").textContent"
        " === 'Submitted'"
    )
    assert status.inner_text() == "Submitted"
    assert page.get_by_text("Every message has been handed to the mail server.").is_visible()
    assert page.url == url  # never reloaded
    assert page.get_by_role("button", name="Send now").is_hidden()
    assert page.get_by_role("button", name="Hold").is_hidden()
    assert Issue.objects.get().status == IssueStatus.SENT
    received = smtp_server.messages.wait_for(SUBSCRIBERS)
    assert sorted(r for mail in received for r in mail.recipients) == [
        f"digest{n}@example.org" for n in range(SUBSCRIBERS)
    ]
    assert csp_violations(page) == []
    screenshot(page, "newsletter-issue-sent")
