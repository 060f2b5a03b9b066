"""Send deliveries through the task queue, retrying with growing pauses."""

import json
import time
from datetime import timedelta

from django.db import transaction
from django.tasks import task, task_backends
from django.utils import timezone

from .models import Delivery, DeliveryStatus
from .outbound import RefusedAddress, post_json, sign

# Pauses before attempts 2, 3, 4 and 5; after the fifth failure a delivery has failed.
BACKOFF = [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2)]
MAX_ATTEMPTS = len(BACKOFF) + 1


def delivery_body(delivery):
    return json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()


def enqueue_delivery(delivery_id, run_after=None):
    backend = task_backends[deliver.backend]
    if run_after is not None and backend.supports_defer:
        deliver.using(run_after=run_after).enqueue(delivery_id)
    else:
        deliver.enqueue(delivery_id)


@task(queue_name="webhooks")
def deliver(delivery_id):
    """Make one attempt at a delivery; on failure schedule the next, until the attempts run out."""
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update()
            .select_related("webhook")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.status in {DeliveryStatus.SUCCEEDED, DeliveryStatus.FAILED}:
            return
        delivery.attempts += 1
        delivery.last_attempt_at = timezone.now()
        delivery.save(update_fields=["attempts", "last_attempt_at"])

    body = delivery_body(delivery)
    timestamp = str(int(time.time()))
    headers = {
        "Broadsheet-Event": delivery.event,
        "Broadsheet-Delivery": str(delivery.pk),
        "Broadsheet-Timestamp": timestamp,
        "Broadsheet-Signature": f"t={timestamp},v1={sign(delivery.webhook.secret, timestamp, body)}",
    }
    retry = True
    try:
        status, _reply = post_json(delivery.webhook.url, body, headers)
        delivery.response_status = status
        delivery.error = "" if 200 <= status < 300 else f"The receiver answered HTTP {status}."
    except RefusedAddress as error:
        delivery.response_status, delivery.error, retry = None, str(error), False
    except (OSError, ValueError) as error:
        delivery.response_status, delivery.error = None, f"{type(error).__name__}: {error}"

    if not delivery.error:
        delivery.status = DeliveryStatus.SUCCEEDED
        delivery.delivered_at = timezone.now()
        delivery.next_attempt_at = None
    elif retry and delivery.attempts < MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.RETRYING
        delivery.next_attempt_at = timezone.now() + BACKOFF[delivery.attempts - 1]
    else:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = None
    delivery.save(
        update_fields=["status", "response_status", "error", "delivered_at", "next_attempt_at"]
    )
    if delivery.status == DeliveryStatus.RETRYING:
        enqueue_delivery(delivery.pk, run_after=delivery.next_attempt_at)
