"""The delivery ledger: fill it for an issue, claim rows in batches, submit each exactly once.

How "exactly once" holds when a worker or the SMTP server dies at any moment (README.md,
"Delivery"):

* A ledger row exists for every (issue, subscriber) before anything is sent.
* A worker claims a batch of rows by switching them from `queued` to `sending` with its own
  claim token, in one transaction; another worker may take over a `sending` row only after
  the claim timeout.
* For each row the worker runs the SMTP transaction up to, but not including, the final dot
  of DATA, and commits the row as `unconfirmed` (if it still holds the claim). Then it writes
  the final dot and reads the reply: a 250 makes the row `sent`; a refusal sends it back to
  queued (4xx) or failed (5xx); a connection that dies before the reply sends it back to queued,
  since a message counts as sent only once the server said 250.
* A row still `sending` never had its final dot written, and a server discards a message
  whose DATA never ended, so it is safe to send again. A row left `unconfirmed` by a worker
  that died had its final dot written: the server has it, and it is not sent again.
"""

import contextlib
import logging
import secrets
import smtplib
import socket
from datetime import timedelta

from django.conf import settings
from django.core.mail import mailers
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import connection, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.encoding import punycode

from broadsheet.paper.mail import sender_address

from .bounces import suppress
from .emails import IssueMIME, render_issue
from .models import (
    Delivery,
    DeliveryState,
    Issue,
    IssueStatus,
    Subscriber,
    SubscriberState,
    Subscription,
)

logger = logging.getLogger(__name__)

BATCH_SIZE = 200
MAX_ATTEMPTS = 8
CRLF = b"\r\n"


def claim_timeout():
    return timedelta(seconds=getattr(settings, "BROADSHEET_NEWSLETTER_CLAIM_TIMEOUT", 300))


def retry_delay(attempts):
    """Backoff after a temporary failure: 1, 2, 4 … minutes (by default), at most six hours."""
    base = getattr(settings, "BROADSHEET_NEWSLETTER_RETRY_SECONDS", 60)
    return timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), 6 * 3600))


def fill_ledger(issue):
    """Create a queued row for every subscriber who receives the issue's newsletter; return count.

    One INSERT … SELECT, so 100,000 rows take a moment; rows that exist are left alone.
    """
    delivery = Delivery._meta
    subscriber = Subscriber._meta
    subscription = Subscription._meta
    now = timezone.now()
    sql = (
        f"INSERT INTO {delivery.db_table} "
        "(issue_id, subscriber_id, state, attempts, next_attempt_at, claim, error) "
        f"SELECT %s, s.id, %s, 0, %s, '', '' FROM {subscriber.db_table} s "
        f"JOIN {subscription.db_table} sub ON sub.subscriber_id = s.id "
        "WHERE s.state = %s AND sub.newsletter_id = %s AND sub.active = %s "
        "ON CONFLICT (issue_id, subscriber_id) DO NOTHING"
    )
    stamp = connection.ops.adapt_datetimefield_value(now)
    params = [issue.pk, DeliveryState.QUEUED, stamp, SubscriberState.CONFIRMED]
    params += [issue.newsletter_id, True]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)
        created = cursor.rowcount
        Issue.objects.filter(pk=issue.pk, started_at__isnull=True).update(started_at=now)
        Issue.objects.filter(pk=issue.pk, status=IssueStatus.DRAFT).update(
            status=IssueStatus.SENDING
        )
    return created


def claim_batch(issue, size=BATCH_SIZE, now=None):
    """Claim up to `size` due rows of the issue for this worker; return them with subscribers."""
    now = now or timezone.now()
    token = secrets.token_hex(8)
    due = Delivery.objects.filter(issue=issue).due(now, claim_timeout())
    with transaction.atomic():
        candidates = due.order_by("pk")
        if connection.features.has_select_for_update_skip_locked:
            candidates = candidates.select_for_update(skip_locked=True)
        ids = list(candidates.values_list("pk", flat=True)[:size])
        if not ids:
            return []
        due.filter(pk__in=ids).update(state=DeliveryState.SENDING, claim=token, claimed_at=now)
    receiving = Subscription.objects.filter(
        subscriber=OuterRef("subscriber"), newsletter_id=issue.newsletter_id, active=True
    )
    rows = list(
        Delivery.objects.filter(claim=token, state=DeliveryState.SENDING)
        .annotate(receiving=Exists(receiving))
        .select_related("subscriber")
        .only(
            "pk", "attempts", "claim", "subscriber__email", "subscriber__token", "subscriber__state"
        )
        .order_by("pk")
    )
    stopped = [
        row.pk
        for row in rows
        if not row.receiving or row.subscriber.state != SubscriberState.CONFIRMED
    ]
    if stopped:
        Delivery.objects.filter(pk__in=stopped, claim=token).update(
            state=DeliveryState.SUPPRESSED, error="Unsubscribed or suppressed before sending."
        )
    stopped = set(stopped)
    return [row for row in rows if row.pk not in stopped]


def _switch(row, to_state, from_states, attempted, now=None):
    """Move a claimed row on, if this worker still holds its claim; commit; tell whether.

    Plain SQL: it runs twice per message, around the final dot.
    """
    table = Delivery._meta.db_table
    stamp = connection.ops.adapt_datetimefield_value(now or timezone.now())
    marks = ", ".join(["%s"] * len(from_states))
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET state = %s, sent_at = %s, attempts = attempts + %s "
            f"WHERE id = %s AND claim = %s AND state IN ({marks})",
            [to_state, stamp, attempted, row.pk, row.claim, *from_states],
        )
        return cursor.rowcount == 1


def mark_unconfirmed(row, now=None):
    """Record that the final dot is about to be written (SENDING → UNCONFIRMED)."""
    return _switch(row, DeliveryState.UNCONFIRMED, [DeliveryState.SENDING], 0, now)


def mark_sent(row, now=None):
    """Record the server's 250 (UNCONFIRMED, or SENDING for other backends → SENT)."""
    states = [DeliveryState.UNCONFIRMED, DeliveryState.SENDING]
    return _switch(row, DeliveryState.SENT, states, 1, now)


def mark_refused(row, code, reply, *, was_sent=False):
    """Record an SMTP refusal: 5xx fails the row and suppresses the address, 4xx retries later."""
    reply = f"{code} {reply}"[:500]
    expected = DeliveryState.UNCONFIRMED if was_sent else DeliveryState.SENDING
    rows = Delivery.objects.filter(pk=row.pk, claim=row.claim, state=expected)
    attempts = row.attempts + 1
    if code >= 500:
        with transaction.atomic():
            rows.update(state=DeliveryState.FAILED, error=reply, attempts=attempts)
            suppress(row.subscriber_id, reply, "refused by the receiving server")
        return
    if attempts >= MAX_ATTEMPTS:
        rows.update(state=DeliveryState.FAILED, error=reply, attempts=attempts)
    else:
        rows.update(
            state=DeliveryState.QUEUED,
            error=reply,
            attempts=attempts,
            next_attempt_at=timezone.now() + retry_delay(attempts),
        )


def release(rows, error):
    """Give claimed rows back (the connection failed before a 250 came for them): retry soon."""
    Delivery.objects.filter(
        pk__in=[row.pk for row in rows],
        claim=rows[0].claim if rows else "",
        state__in=[DeliveryState.SENDING, DeliveryState.UNCONFIRMED],
    ).update(
        state=DeliveryState.QUEUED,
        error=str(error)[:500],
        next_attempt_at=timezone.now() + retry_delay(1),
    )


class SMTPSubmitter:
    """Submit messages over the mailer's SMTP connection; `sent` only after the server's 250."""

    def __init__(self, backend, rendered):
        self.backend = backend
        self.mime = IssueMIME(rendered)
        self.sender = backend.prep_address(sender_address())

    @property
    def connection(self):
        if self.backend.connection is None:
            self.backend.open()
            # The final dot goes in its own small write after the commit: without NODELAY,
            # Nagle's algorithm holds it until the server's delayed ACK, 40 ms a message.
            sock = self.backend.connection.sock
            if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self.backend.connection

    def drop(self):
        """Close the connection without ending DATA, so the server discards the message."""
        connection = self.backend.connection
        self.backend.connection = None
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.close()

    def close(self):
        self.backend.close()

    def submit(self, row):
        """Run one SMTP transaction for the row; return 'sent', 'refused' or 'lost'."""
        smtp = self.connection
        subscriber = row.subscriber
        local, _at, domain = subscriber.email.rpartition("@")
        recipient = f"{local}@{punycode(domain)}"  # validated at sign-up: plain ASCII local part
        body = self.mime.bytes_for(row.subscriber_id, recipient, subscriber.token)
        smtp.ehlo_or_helo_if_needed()
        code, reply = smtp.mail(self.sender)
        if code != 250:
            smtp.rset()
            mark_refused(row, code, reply.decode(errors="replace"))
            return "refused"
        code, reply = smtp.rcpt(recipient)
        if code not in (250, 251):
            smtp.rset()
            mark_refused(row, code, reply.decode(errors="replace"))
            return "refused"
        smtp.putcmd("data")
        code, reply = smtp.getreply()
        if code != 354:
            smtp.rset()
            mark_refused(row, code, reply.decode(errors="replace"))
            return "refused"
        data = smtplib._quote_periods(body)
        if not data.endswith(CRLF):
            data += CRLF
        smtp.send(data)
        if not mark_unconfirmed(row):
            # Another worker took the row over after our claim expired: leave it to them.
            self.drop()
            return "lost"
        smtp.send(b"." + CRLF)
        code, reply = smtp.getreply()  # a dead connection raises: the caller requeues the row
        if code != 250:
            mark_refused(row, code, reply.decode(errors="replace"), was_sent=True)
            return "refused"
        mark_sent(row)
        return "sent"


class BackendSubmitter:
    """Submit through any other mail backend (files in the demo, memory in tests)."""

    def __init__(self, backend, rendered):
        self.backend = backend
        self.rendered = rendered

    def submit(self, row):
        subscriber = row.subscriber
        message = self.rendered.message_for(row.subscriber_id, subscriber.email, subscriber.token)
        if not Delivery.objects.filter(
            pk=row.pk, claim=row.claim, state=DeliveryState.SENDING
        ).exists():
            return "lost"
        self.backend.send_messages([message])
        mark_sent(row)
        return "sent"

    def drop(self):
        pass

    def close(self):
        self.backend.close()


def submitter(rendered):
    alias = getattr(settings, "BROADSHEET_NEWSLETTER_MAILER", "default")
    backend = mailers[alias]
    if isinstance(backend, SMTPBackend):
        return SMTPSubmitter(backend, rendered)
    return BackendSubmitter(backend, rendered)


def send_issue_now(issue, *, limit=None, progress=None):
    """Submit the issue's due ledger rows until none is left (or `limit` rows); return counts."""
    issue = Issue.objects.select_related("newsletter").get(pk=issue.pk)
    rendered = render_issue(issue)
    outcome = {"sent": 0, "refused": 0, "lost": 0, "retry": 0}
    sender = submitter(rendered)
    done = 0
    try:
        while limit is None or done < limit:
            size = BATCH_SIZE if limit is None else min(BATCH_SIZE, limit - done)
            rows = claim_batch(issue, size)
            if not rows:
                break
            for index, row in enumerate(rows):
                try:
                    result = sender.submit(row)
                except (smtplib.SMTPException, OSError) as error:
                    # No 250 came for this row: it goes back to the queue with those after it.
                    logger.warning("SMTP connection failed while sending %s: %s", row.pk, error)
                    sender.drop()
                    release(rows[index:], error)
                    outcome["retry"] += len(rows) - index
                    return outcome
                outcome[result] += 1
                done += 1
                if progress:
                    progress(1)
    finally:
        sender.close()
    finish_if_done(issue)
    return outcome


def finish_if_done(issue):
    """Mark the issue submitted once no row is queued or being sent."""
    left = Delivery.objects.filter(
        issue=issue, state__in=[DeliveryState.QUEUED, DeliveryState.SENDING]
    ).exists()
    if not left:
        Issue.objects.filter(pk=issue.pk, status=IssueStatus.SENDING).update(
            status=IssueStatus.SENT, finished_at=timezone.now()
        )
    return not left


def next_attempt(issue):
    """When the issue's next row falls due (a retry, or a claim that will expire), or None."""
    rows = Delivery.objects.filter(issue=issue)
    queued = rows.filter(state=DeliveryState.QUEUED).order_by("next_attempt_at").first()
    sending = rows.filter(state=DeliveryState.SENDING).order_by("claimed_at").first()
    times = []
    if queued:
        times.append(queued.next_attempt_at)
    if sending:
        times.append(sending.claimed_at + claim_timeout())
    return min(times) if times else None
