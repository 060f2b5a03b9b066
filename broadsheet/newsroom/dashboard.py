"""The newsroom's dashboard: what each person has to do today, as Wagtail home-page panels."""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import CharField, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Revision, TaskState, WorkflowState, get_default_page_content_type

from broadsheet.articles.models import ArticlePage

from .roles import EDITORS

ACTIVE_WORKFLOW = [WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]
RECENT = timedelta(hours=1)
LIMIT = 20


def is_editor(user):
    return user.is_superuser or user.groups.filter(name=EDITORS).exists()


def stories():
    return ArticlePage.objects.with_section()


def workflow_states(**conditions):
    """The workflow states of the story in the outer query (object ids are text, page ids not)."""
    return WorkflowState.objects.filter(
        base_content_type=get_default_page_content_type(),
        object_id=Cast(OuterRef("pk"), CharField()),
        **conditions,
    )


def my_drafts(user):
    """Stories I own or last saved, with changes not yet published, not with the desk or scheduled."""
    scheduled = Revision.objects.filter(
        base_content_type=get_default_page_content_type(),
        object_id=Cast(OuterRef("pk"), CharField()),
        approved_go_live_at__isnull=False,
    )
    return (
        stories()
        .filter(Q(owner=user) | Q(latest_revision__user=user), has_unpublished_changes=True)
        .exclude(Exists(workflow_states(status__in=ACTIVE_WORKFLOW)))
        .exclude(Exists(scheduled))
        .order_by("-latest_revision_created_at")[:LIMIT]
    )


def returned_to_me(user):
    """Stories I submitted that an editor sent back, with who did and their note."""
    rejection = TaskState.objects.filter(
        workflow_state__base_content_type=get_default_page_content_type(),
        workflow_state__object_id=Cast(OuterRef("pk"), CharField()),
        workflow_state__status=WorkflowState.STATUS_NEEDS_CHANGES,
        status=TaskState.STATUS_REJECTED,
    ).order_by("-finished_at")
    pages = list(
        stories()
        .filter(
            Exists(workflow_states(status=WorkflowState.STATUS_NEEDS_CHANGES, requested_by=user))
        )
        .annotate(
            review_comment=Subquery(rejection.values("comment")[:1]),
            returned_by_id=Subquery(rejection.values("finished_by")[:1]),
            returned_at=Subquery(rejection.values("finished_at")[:1]),
        )
        .order_by("-returned_at")[:LIMIT]
    )
    editors = get_user_model().objects.in_bulk({page.returned_by_id for page in pages} - {None})
    for page in pages:
        editor = editors.get(page.returned_by_id)
        page.returned_by = get_user_display_name(editor) if editor else ""
    return pages


def waiting_for_review(user):
    """Stories submitted to a review task this person can approve, oldest first."""
    states = (
        TaskState.objects.reviewable_by(user)
        .filter(workflow_state__base_content_type=get_default_page_content_type())
        .select_related("workflow_state__requested_by")
        .order_by("started_at")
    )
    by_page = {int(state.workflow_state.object_id): state for state in states[:LIMIT]}
    pages = stories().in_bulk(list(by_page))
    waiting = []
    for page_id, state in by_page.items():
        if page_id in pages:
            page = pages[page_id]
            page.submitted_by = get_user_display_name(state.workflow_state.requested_by)
            page.submitted_at = state.started_at
            waiting.append(page)
    return waiting


def today_bounds():
    """Midnight to midnight today in the paper's time zone, as aware datetimes."""
    today = timezone.localdate()
    zone = timezone.get_current_timezone()
    start = datetime.combine(today, time.min, tzinfo=zone)
    return start, datetime.combine(today + timedelta(days=1), time.min, tzinfo=zone)


def scheduled_today():
    """Stories whose go-live time falls today, earliest first, whether live yet or not."""
    start, end = today_bounds()
    return (
        stories().filter(go_live_at__gte=start, go_live_at__lt=end).order_by("go_live_at")[:LIMIT]
    )


def published_recently():
    """Stories published (first or again) in the last hour, newest first."""
    since = timezone.now() - RECENT
    return (
        stories().live().filter(last_published_at__gte=since).order_by("-last_published_at")[:LIMIT]
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


class StoryPanel(Component):
    """One dashboard panel: a heading, a short explanation, a list of stories to open."""

    template_name = "newsroom/dashboard/panel.html"
    name = ""
    heading = ""
    empty = ""

    def __init__(self, user):
        self.user = user

    def stories(self):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        items = [(page, edit_url(page)) for page in self.stories()]
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "empty": self.empty,
            "items": items,
            "kind": self.name,
            "time_zone": settings.TIME_ZONE,
        }


class MyDraftsPanel(StoryPanel):
    name = "my_drafts"
    heading = "My drafts"
    empty = "No drafts: every story you started has gone to the desk or is live."
    order = 50

    def stories(self):
        return my_drafts(self.user)


class ReturnedPanel(StoryPanel):
    name = "returned_to_me"
    heading = "Returned to me"
    empty = "Nothing has been sent back to you."
    order = 40

    def stories(self):
        return returned_to_me(self.user)


class WaitingForReviewPanel(StoryPanel):
    name = "waiting_for_review"
    heading = "Waiting for my review"
    empty = "No stories are waiting for review."
    order = 30

    def stories(self):
        return waiting_for_review(self.user)


class ScheduledTodayPanel(StoryPanel):
    name = "scheduled_today"
    heading = "Scheduled today"
    empty = "Nothing is scheduled to go live today."
    order = 60

    def stories(self):
        return scheduled_today()


class PublishedRecentlyPanel(StoryPanel):
    name = "published_last_hour"
    heading = "Published in the last hour"
    empty = "Nothing has been published in the last hour."
    order = 70

    def stories(self):
        return published_recently()


# Wagtail's own panels that ours replace with newsroom words.
REPLACED = {"workflow_objects_to_moderate"}


def newsroom_panels(user):
    """The panels this person's role gets, in the order they appear."""
    panels = [MyDraftsPanel(user), ReturnedPanel(user), ScheduledTodayPanel(user)]
    panels.append(PublishedRecentlyPanel(user))
    if is_editor(user):
        panels.append(WaitingForReviewPanel(user))
    return sorted(panels, key=lambda panel: panel.order)
