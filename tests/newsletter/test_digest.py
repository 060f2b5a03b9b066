"""The daily briefing builds itself at the set time, picks the front page's stories, and goes."""

import re
from datetime import datetime, time, timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from broadsheet.newsletter.digest import build_issue
from broadsheet.newsletter.models import Issue, IssueStatus, NewsletterSettings
from broadsheet.newsletter.testing import make_subscribers
from broadsheet.newsroom.schedule import registry, run_due_jobs
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def only_our_job(monkeypatch):
    """Run the scheduler with the digest alone: other apps' daily jobs are theirs to test."""
    from broadsheet.newsroom import schedule

    monkeypatch.setattr(schedule, "registry", {"newsletter-digest": registry["newsletter-digest"]})


def local(day, hour, minute=0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


@pytest.fixture
def stories(site):
    world = make_section("World")
    opinion = make_section("Opinion")
    return {
        "lead": make_article(world, "Harbour talks resume", weight=5),
        "other": make_article(world, "Ferry timetable changes", weight=2),
        "draft": make_article(world, "Embargoed budget leak", live=False, weight=5),
        "column": make_article(opinion, "Why the harbour matters", kind="opinion"),
    }


def test_builds_at_the_time_in_site_settings_and_sends_after_review(stories, mail, daily):
    """At the set local time the issue is built with the front page's live stories."""
    config = NewsletterSettings.for_site(Site.objects.get(is_default_site=True))
    config.digest_time = time(7, 30)
    config.review_minutes = 0
    config.save()
    make_subscribers(2, [daily])
    today = timezone.localdate()
    with time_machine.travel(local(today, 7, 29), tick=False):
        assert "newsletter-digest" not in run_due_jobs()
        assert not Issue.objects.exists()
    with time_machine.travel(local(today, 7, 30), tick=False):
        assert "newsletter-digest" in run_due_jobs()
        assert "newsletter-digest" not in run_due_jobs()  # once a day
    issue = Issue.objects.get()
    headlines = [story["headline"] for story in issue.stories]
    assert headlines[0] == "Harbour talks resume"
    assert "Ferry timetable changes" in headlines
    assert "Embargoed budget leak" not in headlines  # nothing unpublished leaks
    assert issue.day == today
    # With no review window and the immediate task backend, it went at once.
    mail.messages.wait_for(2)
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_switched_off_digest_is_not_built(stories):
    config = NewsletterSettings.for_site(Site.objects.get(is_default_site=True))
    config.digest_enabled = False
    config.save()
    with time_machine.travel(local(timezone.localdate(), 23, 0), tick=False):
        assert "newsletter-digest" not in run_due_jobs()
    assert not Issue.objects.exists()


def test_review_window_lets_editors_edit_the_intro_before_it_goes(stories, mail, daily):
    """With a review window, the issue waits (the immediate backend cannot defer) for editors."""
    make_subscribers(1, [daily])
    today = timezone.localdate()
    with time_machine.travel(local(today, 6, 0), tick=False):
        run_due_jobs()
    issue = Issue.objects.get()
    assert issue.status == IssueStatus.DRAFT
    assert issue.send_at == local(today, 6, 30)
    assert not mail.messages
    issue.intro = "Good morning.\n\nA calm day on the water."
    issue.save()
    call_command("send_digest", issue.pk, "--here", stdout=StringIO(), stderr=StringIO())
    (received,) = mail.messages.wait_for(1)
    assert "A calm day on the water." in received.text
    assert "A calm day on the water." in received.html


def test_story_snapshot_has_headline_standfirst_thumbnail_and_absolute_link(stories, daily):
    issue, created = build_issue(daily, timezone.localdate())
    assert created
    lead = issue.stories[0]
    assert lead["headline"] == "Harbour talks resume"
    assert lead["standfirst"]
    assert lead["url"].startswith("http") and lead["url"].endswith(stories["lead"].url)
    assert lead["image"]["url"].startswith("http")
    assert lead["image"]["width"] == 600
    assert lead["image"]["alt"]
    again, created = build_issue(daily, timezone.localdate())
    assert (again, created) == (issue, False)


def test_opinion_weekly_takes_the_weeks_opinion(stories, weekly):
    issue, _ = build_issue(weekly, timezone.localdate())
    assert [s["headline"] for s in issue.stories] == ["Why the harbour matters"]


def test_build_and_send_commands_with_progress(stories, mail, daily):
    make_subscribers(120, [daily])
    out = StringIO()
    call_command("build_digest", stdout=out)
    issue_id = int(re.search(r"issue (\d+)", out.getvalue()).group(1))
    assert "Harbour talks resume" in out.getvalue()
    out, err = StringIO(), StringIO()
    call_command("send_digest", issue_id, "--here", stdout=out, stderr=err)
    mail.messages.wait_for(120)
    assert "120/120" in err.getvalue() and "100.0%" in err.getvalue()
    assert "'sent': 120" in out.getvalue()
    out = StringIO()
    call_command("send_digest", issue_id, stdout=out)
    assert "already submitted" in out.getvalue()
    assert len(mail.messages) == 120


def test_unknown_newsletter_is_a_clear_error():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="daily-briefing"):
        call_command("build_digest", "--newsletter", "nope")
    with pytest.raises(CommandError, match="No issue"):
        call_command("send_digest", 999999)


def test_issue_links_in_narrow_and_wide_clients(stories, daily):
    """The HTML is a single 600 px column whose images scale down in narrow clients."""
    from broadsheet.newsletter.emails import render_issue

    issue, _ = build_issue(daily, timezone.localdate())
    html = render_issue(issue).html
    assert "max-width: 600px" in html
    assert re.search(r'<img[^>]+style="[^"]*width: 100%[^"]*height: auto', html)
    assert "<style" not in html


def test_preview_timezone_day(stories, daily):
    day = timezone.localdate() - timedelta(days=1)
    issue, _ = build_issue(daily, day)
    assert issue.subject.startswith(f"Daily briefing, {day:%-d %B}")
