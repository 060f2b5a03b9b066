"""An editor rebuilds today's edition from the admin and watches the build go, unreloaded."""

import re

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Site

from broadsheet.editions.models import Edition, EditionSettings, EditionStatus
from tests.conftest import screenshot
from tests.newsroom.browser import csp_violations, log_in, watch_csp
from tests.newsroom.conftest import newsroom, no_gravatar  # noqa: F401 (fixtures)

from .conftest import make_newspaper

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The build waits in the database for a worker, as in production, so the page has to follow it.
DATABASE_TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "newsletter", "editions", "webhooks"],
    }
}

# Remember every stage the page showed, to tell that it followed the build as it went.
RECORD_STAGES = """
window.__stages = [];
new MutationObserver(() => {
  const stage = document.querySelector("[data-progress-field='stage']");
  const status = document.querySelector("[data-progress-field='status_label']");
  if (stage && status) {
    const seen = status.textContent + ": " + stage.textContent;
    if (window.__stages[window.__stages.length - 1] !== seen) window.__stages.push(seen);
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


@pytest.fixture
def paper(newsroom):  # noqa: F811
    make_newspaper(stories_per_section=2, seed=3)
    edition_settings = EditionSettings.for_site(Site.objects.get(is_default_site=True))
    edition_settings.page_count = 4
    edition_settings.save()
    with override_settings(TASKS=DATABASE_TASKS):
        yield


def test_an_editor_rebuilds_the_edition_and_sees_it_progress(
    page,
    live_server,
    paper,
    no_gravatar,  # noqa: F811
):
    watch_csp(page)
    page.add_init_script(RECORD_STAGES)
    log_in(page, live_server, "ed")
    page.goto(live_server.url + "/admin/editions/")
    page.get_by_role("button", name="Open the running order").click()
    page.wait_for_url(re.compile(r"/admin/editions/\d+/$"))
    edition = Edition.objects.get()
    assert page.locator("[data-progress-field='status_label']").inner_text() == "Planned"

    page.get_by_role("button", name="Build the edition now").click()
    page.wait_for_url(re.compile(rf"/admin/editions/{edition.pk}/$"))
    build = page.get_by_role("region", name="Build")
    assert "Building: Waiting for the task worker (step 0 of 6)" in build.inner_text()
    assert page.locator("progress").evaluate("bar => bar.value") == 0
    url = page.url

    call_command("db_worker", "--batch", "--queue-name", "editions", "--no-startup-delay")
    page.wait_for_function(
        "() => document.querySelector(\"[data-progress-field='status_label']\").textContent"
        " === 'Ready'"
    )
    assert page.url == url  # never reloaded
    assert page.locator("progress").evaluate("bar => bar.value") == 6
    ready = build.get_by_role("link", name="view the edition")
    assert ready.is_visible()
    assert "4 pages" in build.inner_text()
    stages = page.evaluate("() => window.__stages")
    assert stages[-1] == "Ready: Done"
    assert len(stages) >= 2, stages
    assert csp_violations(page) == []
    screenshot(page, "edition-admin-built")
    assert Edition.objects.get().status == EditionStatus.READY

    ready.click()
    page.wait_for_url(re.compile(rf"/epaper/{edition.date.isoformat()}/"))
