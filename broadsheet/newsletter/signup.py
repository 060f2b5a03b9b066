"""Sign-up: address validation, rate limits, double opt-in tokens and consent records."""

import re
import secrets
from datetime import timedelta

from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.db import transaction
from django.utils import timezone

from .models import (
    Consent,
    ConsentAction,
    Newsletter,
    Subscriber,
    SubscriberState,
    Subscription,
)

MAX_LENGTH = 255
LOCAL_PART = re.compile(r"^[A-Za-z0-9._%+-]+$")
ASCII_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
TLD = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")
SIGNUPS_PER_IP_PER_HOUR = 10
CONFIRMATION_INTERVAL = timedelta(hours=24)
CONFIRMATION_MAX_AGE = timedelta(days=3)
CONFIRM_SALT = "broadsheet.newsletter.confirm"

ACCEPTED = (
    "Thank you. If this address can receive our newsletter, a message is on its way: "
    "open it and confirm to start receiving it."
)
INVALID = "Please enter a valid email address, such as name@example.com."
TOO_MANY = "Too many sign-ups from your connection. Please try again in an hour."
REFUSED = "This form must be sent from our own pages. Please reload the page and try again."


def clean_address(raw):
    """Return the address normalised (lower case, Unicode domain kept), or raise ValidationError.

    As strict as the reference page's check (length, no `..`, no leading or trailing dot,
    a plain ASCII local part) but accepting internationalised domain names.
    """
    address = (raw or "").strip()
    if not address or len(address) > MAX_LENGTH or address.count("@") != 1:
        raise ValidationError(INVALID)
    if ".." in address or address.startswith(".") or address.endswith("."):
        raise ValidationError(INVALID)
    local, domain = address.split("@")
    if not LOCAL_PART.match(local) or local.endswith(".") or domain.startswith("."):
        raise ValidationError(INVALID)
    try:
        ascii_domain = domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise ValidationError(INVALID) from None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(ASCII_LABEL.match(label) for label in labels):
        raise ValidationError(INVALID)
    if not TLD.match(labels[-1]):
        raise ValidationError(INVALID)
    EmailValidator(message=INVALID)(f"{local}@{ascii_domain}")
    return f"{local}@{domain}".lower()


def client_ip(request):
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def over_ip_limit(request):
    """Count this sign-up against the caller's hourly allowance; tell whether it is used up."""
    key = f"newsletter:signup-ip:{client_ip(request)}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=3600)
        count = 1
    return count > SIGNUPS_PER_IP_PER_HOUR


def default_newsletters():
    return list(Newsletter.objects.filter(signup_default=True))


def request_subscription(address, newsletters, source=""):
    """Record the wish to subscribe and say which mail to send, if any: 'confirm', 'known' or None.

    Nothing starts here: a newsletter the address does not receive yet is only marked as
    requested, and starts when the reader confirms by the link mailed to the address. So
    nobody can subscribe someone else, nor start again a newsletter a reader left.
    The caller answers the reader the same way whatever happened here, so nobody can tell
    from the answer whether an address is already on the list.
    """
    now = timezone.now()
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.select_for_update().get_or_create(email=address)
        if subscriber.state == SubscriberState.SUPPRESSED:
            return subscriber, None
        waiting = False
        for newsletter in newsletters:
            subscription, _ = Subscription.objects.get_or_create(
                subscriber=subscriber,
                newsletter=newsletter,
                defaults={"active": False, "requested_at": now},
            )
            if not subscription.active:
                waiting = True
                if subscription.requested_at is None:
                    subscription.requested_at = now
                    subscription.save(update_fields=["requested_at"])
            Consent.objects.create(
                subscriber=subscriber,
                newsletter=newsletter,
                action=ConsentAction.REQUESTED,
                at=now,
                source=source[:500],
            )
        recent = (
            subscriber.confirmation_sent_at
            and now - subscriber.confirmation_sent_at < CONFIRMATION_INTERVAL
        )
        if recent:
            return subscriber, None
        subscriber.confirmation_sent_at = now
        if subscriber.state == SubscriberState.CONFIRMED and not waiting:
            subscriber.save(update_fields=["confirmation_sent_at"])
            return subscriber, "known"
        if subscriber.state != SubscriberState.CONFIRMED:
            subscriber.state = SubscriberState.PENDING
        subscriber.confirmation_nonce = secrets.token_urlsafe(12)
        subscriber.save(update_fields=["state", "confirmation_nonce", "confirmation_sent_at"])
        return subscriber, "confirm"


def confirmation_token(subscriber):
    """A signed token naming the subscriber and the current single-use nonce."""
    return signing.dumps(
        [subscriber.pk, subscriber.confirmation_nonce], salt=CONFIRM_SALT, compress=True
    )


def subscriber_for_token(token):
    """Return the pending subscriber a valid, unused, unexpired token names, else None."""
    try:
        pk, nonce = signing.loads(
            token, salt=CONFIRM_SALT, max_age=CONFIRMATION_MAX_AGE.total_seconds()
        )
    except (signing.BadSignature, ValueError, TypeError):
        return None
    subscriber = Subscriber.objects.filter(pk=pk).first()
    if subscriber is None or not nonce or subscriber.confirmation_nonce != nonce:
        return None
    return subscriber


def confirm(token, source=""):
    """Confirm the subscriber the token names, once; return it, or None if the link is spent.

    Starts the newsletters requested up to when the link was mailed; one asked for later
    waits for a link of its own.
    """
    with transaction.atomic():
        subscriber = subscriber_for_token(token)
        if subscriber is None:
            return None
        was_confirmed = subscriber.state == SubscriberState.CONFIRMED
        updated = Subscriber.objects.filter(
            pk=subscriber.pk, confirmation_nonce=subscriber.confirmation_nonce
        ).update(
            state=SubscriberState.CONFIRMED, confirmation_nonce="", confirmed_at=timezone.now()
        )
        if not updated:
            return None
        requested = subscriber.subscriptions.filter(active=False, requested_at__isnull=False)
        if subscriber.confirmation_sent_at:
            requested = requested.filter(requested_at__lte=subscriber.confirmation_sent_at)
        starting = set(requested.values_list("newsletter_id", flat=True))
        requested.update(active=True, requested_at=None)
        confirmed = starting
        if not was_confirmed:  # a first confirmation also covers what was chosen meanwhile
            confirmed |= set(
                subscriber.subscriptions.filter(active=True).values_list("newsletter_id", flat=True)
            )
        for newsletter_id in sorted(confirmed):
            Consent.objects.create(
                subscriber=subscriber,
                newsletter_id=newsletter_id,
                action=ConsentAction.CONFIRMED,
                source=source[:500],
            )
    subscriber.refresh_from_db()
    return subscriber


def unsubscribe(subscriber, newsletters, source=""):
    """Stop the given newsletters (all if None) at once and record it."""
    with transaction.atomic():
        subscriptions = subscriber.subscriptions.filter(active=True)
        if newsletters is not None:
            subscriptions = subscriptions.filter(newsletter__in=newsletters)
        stopped = list(subscriptions.select_related("newsletter"))
        subscriptions.update(active=False)
        for subscription in stopped:
            Consent.objects.create(
                subscriber=subscriber,
                newsletter=subscription.newsletter,
                action=ConsentAction.UNSUBSCRIBED,
                source=source[:500],
            )
        if not subscriber.subscriptions.filter(active=True).exists():
            Subscriber.objects.filter(pk=subscriber.pk).exclude(
                state=SubscriberState.SUPPRESSED
            ).update(state=SubscriberState.UNSUBSCRIBED)
    return stopped


def set_preferences(subscriber, chosen, source=""):
    """Make the subscriber's active newsletters exactly `chosen`, recording each change."""
    chosen_ids = {n.pk for n in chosen}
    with transaction.atomic():
        current = {s.newsletter_id: s for s in subscriber.subscriptions.all()}
        for newsletter in Newsletter.objects.all():
            subscription = current.get(newsletter.pk)
            wanted = newsletter.pk in chosen_ids
            active = bool(subscription and subscription.active)
            if wanted == active:
                if subscription and subscription.requested_at and not wanted:
                    subscription.requested_at = None  # the reader's own choice wins
                    subscription.save(update_fields=["requested_at"])
                continue
            if subscription is None:
                Subscription.objects.create(subscriber=subscriber, newsletter=newsletter)
            else:
                subscription.active = wanted
                subscription.requested_at = None
                subscription.save(update_fields=["active", "requested_at"])
            Consent.objects.create(
                subscriber=subscriber,
                newsletter=newsletter,
                action=ConsentAction.CHANGED if wanted else ConsentAction.UNSUBSCRIBED,
                source=source[:500],
            )
        if subscriber.state == SubscriberState.SUPPRESSED:
            return
        state = SubscriberState.CONFIRMED if chosen_ids else SubscriberState.UNSUBSCRIBED
        if subscriber.state != state and subscriber.state != SubscriberState.PENDING:
            subscriber.state = state
            subscriber.save(update_fields=["state"])
