"""Background work on the `newsletter` queue: sign-up mails and issue sending."""

import logging

from django.tasks import default_task_backend, task
from django.utils import timezone

from .emails import signup_message
from .models import Delivery, Issue, IssueStatus, Subscriber
from .sending import claim_timeout, fill_ledger, finish_if_done, next_attempt, send_issue_now

logger = logging.getLogger(__name__)


@task(queue_name="newsletter")
def send_signup_mail(subscriber_id, kind):
    """Send the double opt-in confirmation ('confirm') or the already-subscribed note ('known')."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return
    signup_message(subscriber, kind).send()


def can_defer():
    return default_task_backend.supports_defer


@task(queue_name="newsletter")
def send_issue(issue_id):
    """Fill the issue's ledger if needed and submit every due row; re-enqueue for what is left.

    Each run leaves exactly one follow-up behind, enqueued *before* sending and due once this
    run's claims would expire, so the next worker picks up after a worker killed mid-send.
    """
    issue = Issue.objects.select_related("newsletter").get(pk=issue_id)
    if issue.status == IssueStatus.HELD:
        return {"held": True}
    if issue.status == IssueStatus.DRAFT:
        fill_ledger(issue)
    if finish_if_done(issue):
        return {"finished": True}
    has_due = Delivery.objects.filter(issue=issue).due(timezone.now(), claim_timeout()).exists()
    if not has_due:
        # Only retries or live claims are left: come back when the first of them falls due.
        when = next_attempt(issue)
        if when is not None and can_defer():
            send_issue.using(run_after=when).enqueue(issue_id)
        return {"waiting_until": when.isoformat() if when else None}
    if can_defer():
        send_issue.using(run_after=timezone.now() + claim_timeout()).enqueue(issue_id)
    outcome = send_issue_now(issue)
    finish_if_done(issue)
    logger.info("Issue %s: %s", issue_id, outcome)
    return outcome
