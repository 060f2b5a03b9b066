"""Bounces and complaints that arrive after sending: DSNs (RFC 3464) and ARF reports (RFC 5965).

A report counts only if it carries the headers of a message we sent, recognised by its
Message-ID (which holds a keyed check, see `emails.message_id`): anyone can mail a forged
bounce to the bounce address, nobody outside can forge that ID for a given subscriber.
"""

import email
import email.policy
import logging
import re
from dataclasses import dataclass

from django.db import transaction

from .emails import subscriber_for_message_id
from .models import Consent, ConsentAction, Delivery, DeliveryState, Subscriber, SubscriberState

logger = logging.getLogger(__name__)

MAX_REPORT_BYTES = 1024 * 1024
MESSAGE_ID = re.compile(r"<[^<>\s]+@[^<>\s]+>")


class NotAReport(ValueError):
    """The message is neither a delivery status notification nor a feedback report."""


@dataclass
class Finding:
    kind: str  # "bounce" or "complaint"
    subscriber_id: int
    detail: str


def suppress(subscriber_id, reason, source):
    """Stop all mail to a subscriber for good, record why, and drop its queued deliveries."""
    with transaction.atomic():
        changed = (
            Subscriber.objects.filter(pk=subscriber_id)
            .exclude(state=SubscriberState.SUPPRESSED)
            .update(state=SubscriberState.SUPPRESSED, suppressed_reason=reason[:255])
        )
        if not changed:
            return False
        Consent.objects.create(
            subscriber_id=subscriber_id,
            action=ConsentAction.SUPPRESSED,
            source=f"{source}: {reason}"[:500],
        )
        Delivery.objects.filter(subscriber_id=subscriber_id, state=DeliveryState.QUEUED).update(
            state=DeliveryState.SUPPRESSED, error=reason[:500]
        )
    return True


def _fields(part):
    """Header blocks of a message/delivery-status or message/feedback-report part."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [block for block in payload if hasattr(block, "get")]
    text = payload if isinstance(payload, str) else part.get_payload(decode=True).decode()
    parser = email.parser.HeaderParser(policy=email.policy.default)
    return [parser.parsestr(block) for block in re.split(r"\r?\n\r?\n", text.strip()) if block]


def _original_message_ids(report):
    """Message-IDs of the returned message (message/rfc822 or text/rfc822-headers parts)."""
    ids = []
    for part in report.walk():
        kind = part.get_content_type()
        if kind == "message/rfc822":
            for inner in part.get_payload() or []:
                ids += MESSAGE_ID.findall(str(inner.get("Message-ID", "")))
        elif kind == "text/rfc822-headers":
            headers = email.parser.HeaderParser(policy=email.policy.default).parsestr(
                part.get_content()
            )
            ids += MESSAGE_ID.findall(str(headers.get("Message-ID", "")))
    return ids


def read_report(raw):
    """Return the findings of one report message (bytes); raise NotAReport if it is none."""
    if len(raw) > MAX_REPORT_BYTES:
        raise NotAReport("The report is larger than 1 MiB.")
    report = email.message_from_bytes(raw, policy=email.policy.default)
    if report.get_content_type() != "multipart/report":
        raise NotAReport("Not a multipart/report message (RFC 3464 or RFC 5965).")
    report_type = str(report.get_param("report-type", "")).lower()
    if report_type not in {"delivery-status", "feedback-report"}:
        raise NotAReport(f"Unknown report type {report_type!r}.")
    subscribers = {
        pk
        for pk in (subscriber_for_message_id(mid) for mid in _original_message_ids(report))
        if pk is not None
    }
    findings = []
    for part in report.walk():
        kind = part.get_content_type()
        if report_type == "delivery-status" and kind == "message/delivery-status":
            for block in _fields(part)[1:]:  # the first block is about the reporting MTA
                action = str(block.get("Action", "")).strip().lower()
                status = str(block.get("Status", "")).strip()
                if action == "failed" and status.startswith("5"):
                    detail = str(block.get("Diagnostic-Code", "")).strip() or status
                    findings += [Finding("bounce", pk, f"{status} {detail}") for pk in subscribers]
        elif report_type == "feedback-report" and kind == "message/feedback-report":
            for block in _fields(part)[:1]:
                feedback = str(block.get("Feedback-Type", "")).strip().lower() or "abuse"
                findings += [Finding("complaint", pk, feedback) for pk in subscribers]
    return {(f.kind, f.subscriber_id): f for f in findings}.values()


def process_report(raw, source):
    """Suppress every subscriber a report names as hard-bounced or complaining; return counts."""
    findings = list(read_report(raw))
    suppressed = 0
    for finding in findings:
        reason = (
            f"bounced later: {finding.detail}"
            if finding.kind == "bounce"
            else f"complained ({finding.detail})"
        )
        suppressed += suppress(finding.subscriber_id, reason, source)
    if not findings:
        logger.info("Report from %s named no subscriber of ours as failed.", source)
    return {"findings": len(findings), "suppressed": suppressed}
