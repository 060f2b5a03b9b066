"""The dashboard in Chromium, as a reporter and as an editor start their day."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.conftest import axe_violations, describe_violations, screenshot
from tests.factories import make_article, make_section

from .browser import avatars_broken, csp_violations, log_in, watch_csp
from .conftest import draft_by, request_changes, submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def morning(newsroom):
    news = make_section("News")
    rita, ed = newsroom["reporter"], newsroom["editor"]
    stories = {
        "draft": draft_by(rita, news, "Ferry timetable cut for winter"),
        "returned": draft_by(rita, news, "Council tax rise explained"),
        "submitted": draft_by(newsroom["other_reporter"], news, "Harbour dredging starts"),
    }
    submit(stories["returned"], rita)
    request_changes(stories["returned"], ed, "Add the council's answer.")
    submit(stories["submitted"], newsroom["other_reporter"])
    scheduled = draft_by(ed, news, "Budget embargoed for later today")
    scheduled.go_live_at = timezone.now() + timedelta(minutes=30)
    scheduled.save_revision(user=ed).publish(user=ed)
    make_article(news, "Storm closes the coast road")
    return stories


def panel(page, heading):
    """The dashboard panel (a region named by its heading) with this heading."""
    return page.get_by_role("region", name=heading, exact=True)


def test_the_reporter_opens_a_returned_story_from_the_dashboard(
    page, live_server, newsroom, morning, no_gravatar
):
    watch_csp(page)
    log_in(page, live_server, "rita")
    drafts = panel(page, "My drafts")
    assert drafts.get_by_role("link", name="Ferry timetable cut for winter").is_visible()
    returned = panel(page, "Returned to me")
    assert "Add the council's answer." in returned.inner_text()
    assert "Returned by Edna Editor" in returned.inner_text()
    assert "Budget embargoed for later today" in panel(page, "Scheduled today").inner_text()
    assert "Storm closes the coast road" in panel(page, "Published in the last hour").inner_text()
    assert page.get_by_role("heading", name="Waiting for my review").count() == 0
    assert avatars_broken(page) == []
    assert csp_violations(page) == []
    violations = axe_violations(page, context=".newsroom-panel")
    assert not violations, describe_violations(violations)
    screenshot(page, "dashboard-reporter")

    returned.get_by_role("link", name="Council tax rise explained").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{morning['returned'].pk}/edit/$"))


def test_the_editor_sees_what_waits_for_review(page, live_server, newsroom, morning, no_gravatar):
    watch_csp(page)
    log_in(page, live_server, "ed")
    waiting = panel(page, "Waiting for my review")
    assert "Submitted by Omar Okafor" in waiting.inner_text()
    assert avatars_broken(page) == []
    assert csp_violations(page) == []
    screenshot(page, "dashboard-editor")
    waiting.get_by_role("link", name="Harbour dredging starts").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{morning['submitted'].pk}/edit/$"))
