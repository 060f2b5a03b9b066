"""The dashboard's panels: each role sees its own work, each story links to its editor."""

from datetime import datetime, timedelta
from html.parser import HTMLParser

import pytest
import time_machine
from django.utils import timezone

from broadsheet.newsroom import dashboard
from tests.factories import make_article, make_section

from .conftest import draft_by, request_changes, submit

pytestmark = pytest.mark.django_db

LONDON_NOON = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.get_fixed_timezone(0))


class PanelReader(HTMLParser):
    """Collect each newsroom panel's story links: {panel: [(headline, href)]}."""

    def __init__(self):
        super().__init__()
        self.panels = {}
        self.current = None
        self.link = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "ul" and "data-panel" in attrs:
            self.current = self.panels.setdefault(attrs["data-panel"], [])
        elif (
            tag == "a"
            and self.current is not None
            and "newsroom-panel__headline" in (attrs.get("class") or "")
        ):
            self.link = [attrs["href"], ""]

    def handle_data(self, data):
        if self.link is not None:
            self.link[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self.link is not None:
            self.current.append((self.link[1].strip(), self.link[0]))
            self.link = None
        elif tag == "ul":
            self.current = None


def panels_for(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    reader = PanelReader()
    reader.feed(response.content.decode())
    return reader.panels, response.content.decode()


@pytest.fixture
def noon():
    """Noon in London, the clock stopped, for the whole test and its fixtures."""
    with time_machine.travel(LONDON_NOON, tick=False) as traveller:
        yield traveller


@pytest.fixture
def desk(noon, newsroom):
    """A morning's work: drafts, a story sent back, one with the desk, one scheduled, one live."""
    news = make_section("News")
    rita, omar, ed = newsroom["reporter"], newsroom["other_reporter"], newsroom["editor"]
    stories = {
        "draft": draft_by(rita, news, "Ferry timetable cut for winter"),
        "others": draft_by(omar, news, "Omar's own draft on the library"),
        "returned": draft_by(rita, news, "Council tax rise explained"),
        "submitted": draft_by(rita, news, "Harbour dredging starts"),
    }
    submit(stories["returned"], rita)
    request_changes(stories["returned"], ed, "Needs the council's answer in the second paragraph.")
    submit(stories["submitted"], rita)
    scheduled = draft_by(ed, news, "Budget embargoed until two")
    scheduled.go_live_at = timezone.now() + timedelta(hours=2)
    scheduled.save_revision(user=ed).publish(user=ed)  # publishing with a future time schedules
    stories["scheduled"] = scheduled
    stories["live"] = make_article(news, "Storm closes the coast road")
    stories["old"] = make_article(
        news, "Last week's match report", published=timezone.now() - timedelta(days=7)
    )
    type(stories["old"]).objects.filter(pk=stories["old"].pk).update(
        last_published_at=timezone.now() - timedelta(days=7)
    )
    return stories


def test_the_reporters_dashboard_shows_their_work(client, newsroom, desk):
    panels, html = panels_for(client, newsroom["reporter"])
    assert panels["my_drafts"] == [
        ("Ferry timetable cut for winter", f"/admin/pages/{desk['draft'].pk}/edit/")
    ]
    assert panels["returned_to_me"] == [
        ("Council tax rise explained", f"/admin/pages/{desk['returned'].pk}/edit/")
    ]
    assert "Needs the council&#x27;s answer in the second paragraph." in html
    assert "Returned by Edna Editor" in html
    assert [title for title, _ in panels["scheduled_today"]] == ["Budget embargoed until two"]
    assert "Goes live at 14:00" in html  # the paper's time, Europe/London
    assert [title for title, _ in panels["published_last_hour"]] == ["Storm closes the coast road"]
    assert "waiting_for_review" not in panels
    assert "Waiting for my review" not in html


def test_the_editors_dashboard_shows_what_waits_for_review(client, newsroom, desk):
    panels, html = panels_for(client, newsroom["editor"])
    assert panels["waiting_for_review"] == [
        ("Harbour dredging starts", f"/admin/pages/{desk['submitted'].pk}/edit/")
    ]
    assert "Submitted by Rita Reporter" in html
    assert "my_drafts" not in panels  # the editor's own scheduled story is not a draft
    assert "No drafts" in html


def test_a_new_reporter_sees_panels_that_say_what_they_hold(client, newsroom):
    panels, html = panels_for(client, newsroom["other_reporter"])
    assert panels == {}
    for heading in ("My drafts", "Returned to me", "Scheduled today", "Published in the last hour"):
        assert heading in html
    assert "Nothing has been sent back to you." in html


def test_scheduled_today_is_the_papers_day_not_utcs(newsroom, settings):
    """23:30 in London in summer is already tomorrow in UTC terms: the day is the paper's."""
    settings.TIME_ZONE = "Europe/London"
    news = make_section("News")
    late = draft_by(newsroom["editor"], news, "Late embargo")
    with time_machine.travel(datetime(2026, 7, 1, 9, 0, tzinfo=timezone.get_fixed_timezone(0))):
        timezone.activate("Europe/London")
        try:
            late.go_live_at = datetime(2026, 7, 1, 22, 30, tzinfo=timezone.get_fixed_timezone(0))
            late.save()  # 23:30 BST on 1 July
            assert [p.title for p in dashboard.scheduled_today()] == ["Late embargo"]
            late.go_live_at = datetime(2026, 7, 1, 23, 30, tzinfo=timezone.get_fixed_timezone(0))
            late.save()  # 00:30 BST on 2 July
            assert list(dashboard.scheduled_today()) == []
        finally:
            timezone.deactivate()


def test_the_dashboard_costs_a_fixed_number_of_queries(
    client, newsroom, desk, django_assert_max_num_queries
):
    client.force_login(newsroom["editor"])
    client.get("/admin/")
    news = make_section("News")
    for n in range(5):
        submit(draft_by(newsroom["reporter"], news, f"More copy {n}"), newsroom["reporter"])
    with django_assert_max_num_queries(60) as counted:
        client.get("/admin/")
    few = len(counted)
    for n in range(5):
        submit(draft_by(newsroom["reporter"], news, f"Even more copy {n}"), newsroom["reporter"])
    with django_assert_max_num_queries(few):
        client.get("/admin/")
