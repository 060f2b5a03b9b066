"""An editor works the wire desk in a real Chromium: items, a diff, publish, spike, retry."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from playwright.sync_api import expect

from broadsheet.newsroom.roles import EDITORS
from broadsheet.wires.ingest import ingest_path
from broadsheet.wires.models import ItemState, WireItem
from tests.conftest import axe_violations, describe_violations, screenshot
from tests.factories import make_home, make_section

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SAMPLES = Path(__file__).resolve().parent / "samples"
PASSWORD = "a-long-password-1"
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def desk():
    """A newsroom whose wire desk holds an update, two new items and a quarantined file."""
    make_home()
    call_command("setup_newsroom", stdout=StringIO())
    # Sent before the paper had any section: quarantined until an editor retries it.
    ingest_path(SAMPLES / "newsml-message.xml")
    make_section("World")
    ingest_path(SAMPLES / "ninjs2-story.json")
    ingest_path(SAMPLES / "ninjs2-story-v2.json")
    ingest_path(SAMPLES / "newsml-item.xml")
    ingest_path(SAMPLES / "ninjs1-story.json")
    editor = get_user_model().objects.create_user("ed", password=PASSWORD, first_name="Ed")
    editor.groups.add(Group.objects.get(name=EDITORS))
    return editor


def assert_clean(page, name):
    violations = axe_violations(page, context=".nice-padding")
    assert not violations, f"{name}: {describe_violations(violations)}"
    assert page.evaluate("window.__cspViolations") == [], name


def test_an_editor_works_the_wire_desk(page, live_server, desk):
    page.add_init_script(CSP_LISTENER)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("ed")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.get_by_role("button", name="Wire desk").click()
    page.get_by_role("link", name="Incoming").click()
    page.wait_for_url("**/admin/wires/")
    rows = page.locator(".wire-desk tbody tr")
    assert rows.count() == 3
    assert "Ferry timetable cut" in rows.nth(0).inner_text()
    assert "On the desk" in rows.nth(0).inner_text()
    assert page.get_by_role("link", name="Quarantine: 1 file waiting").is_visible()
    assert_clean(page, "desk")
    screenshot(page, "wire-desk")

    # The update: two versions and what changed between them.
    page.get_by_role("link", name="Harbour talks break down as strike enters second week").click()
    expect(page.locator("table.listing tbody tr")).to_have_count(2)
    diff = page.get_by_label("Changes from version 1 to version 2")
    assert "resume after a" in diff.locator("del").all_inner_texts()
    assert "break down as strike enters second" in diff.locator("ins").all_inner_texts()
    page.get_by_label("From version", exact=True).select_option("2")
    page.get_by_role("button", name="Compare").click()
    same = page.get_by_label("Changes from version 2 to version 2")
    expect(same).to_be_visible()
    assert same.locator("ins").count() == 0
    assert_clean(page, "item with diff")
    screenshot(page, "wire-desk-diff")

    # The agency kills the story (version 3): the editor sees why, and compares any two versions.
    ingest_path(SAMPLES / "ninjs2-story-kill.json")
    page.reload()
    expect(page.locator("table.listing tbody tr")).to_have_count(3)
    assert page.locator(".wire-item__state").inner_text() == "Killed"
    reason = page.locator(".wire-item__reason").inner_text()
    assert reason == "Canceled (killed) by Meridian Wire in version 3."
    page.get_by_label("From version", exact=True).select_option("1")
    page.get_by_label("to version", exact=True).select_option("3")
    page.get_by_role("button", name="Compare").click()
    first_to_kill = page.get_by_label("Changes from version 1 to version 3")
    expect(first_to_kill).to_be_visible()
    assert "KILL:" in " ".join(first_to_kill.locator("ins").all_inner_texts())
    assert "resume after a week of strikes" in first_to_kill.locator("del").all_inner_texts()
    status = first_to_kill.locator("p", has_text="Status:")
    assert status.locator("del").inner_text() == "usable"
    assert status.locator("ins").inner_text() == "canceled"
    # Backwards too: from the kill to the update before it.
    page.get_by_label("From version", exact=True).select_option("3")
    page.get_by_label("to version", exact=True).select_option("2")
    page.get_by_role("button", name="Compare").click()
    backwards = page.get_by_label("Changes from version 3 to version 2")
    expect(backwards).to_be_visible()
    assert "KILL:" in " ".join(backwards.locator("del").all_inner_texts())
    assert page.get_by_label("From version", exact=True).input_value() == "3"
    assert_clean(page, "item killed, any two versions")

    # Publish one item.
    page.get_by_role("link", name="All incoming items").click()
    page.get_by_role("link", name="Rail workers vote to strike over pay").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("“Rail workers vote to strike over pay” is published.")).to_be_visible()
    assert page.locator(".wire-item__state").inner_text() == "Published"
    page.get_by_role("link", name="view it live").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Rail workers vote to strike over pay"
    )

    # Spike another.
    page.goto(f"{live_server.url}/admin/wires/")
    page.get_by_role("link", name="Ferry timetable cut as fuel prices climb").click()
    page.get_by_role("button", name="Spike").click()
    expect(
        page.get_by_text("“Ferry timetable cut as fuel prices climb” is spiked.")
    ).to_be_visible()
    assert page.locator(".wire-item__reason").inner_text().startswith("Spiked by Ed on ")
    assert page.get_by_role("button", name="Publish").count() == 0

    # Retry the quarantined file, now that there is a section for it.
    page.get_by_role("button", name="Wire desk").click()
    page.get_by_role("link", name="Quarantine", exact=True).click()
    page.wait_for_url("**/admin/wires/quarantine/")
    assert "no section to put agency stories in" in page.locator(".quarantine__reason").inner_text()
    assert_clean(page, "quarantine")
    page.get_by_role("button", name="Retry newsml-message.xml").click()
    expect(page.get_by_text("newsml-message.xml read: created")).to_be_visible()
    assert "No file is waiting." in page.inner_text("body")
    screenshot(page, "wire-desk-quarantine")

    states = dict(WireItem.objects.values_list("headline", "state"))
    assert states["Rail workers vote to strike over pay"] == ItemState.PUBLISHED
    assert states["Ferry timetable cut as fuel prices climb"] == ItemState.SPIKED
    assert states["Old bridge reopens after two years of repairs"] == ItemState.ON_DESK
