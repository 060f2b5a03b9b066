"""Background work on the `newsletter` queue: sign-up mails and issue sending."""

import logging
import smtplib

from django.tasks import default_task_backend, task
from django.utils import timezone

from .emails import signup_message
from .models import Delivery, Issue, IssueStatus, Subscriber
from .sending import (
    claim_timeout,
    fill_ledger,
    finish_if_done,
    next_attempt,
    retry_delay,
    send_issue_now,
)

logger = logging.getLogger(__name__)


SIGNUP_MAIL_ATTEMPTS = 8  # over about two hours with retry_delay's backoff


def is_temporary(error):
    """Tell an SMTP outage or a 4xx answer, worth trying again, from a refusal."""
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _reply in error.recipients.values())
    return isinstance(error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError))


@task(queue_name="newsletter")
def send_signup_mail(subscriber_id, kind, attempt=1):
    """Send the double opt-in confirmation ('confirm') or the already-subscribed note ('known').

    While the SMTP server is down (or answers 4xx) the mail is tried again later, with backoff.
    """
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return
    try:
        signup_message(subscriber, kind).send()
    except (smtplib.SMTPException, OSError) as error:
        if not is_temporary(error) or attempt >= SIGNUP_MAIL_ATTEMPTS or not can_defer():
            raise
        when = timezone.now() + retry_delay(attempt)
        logger.warning("Sign-up mail %s not sent (%s); trying again at %s", kind, error, when)
        send_signup_mail.using(run_after=when).enqueue(subscriber_id, kind, attempt + 1)
        return {"retry_at": when.isoformat()}


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
