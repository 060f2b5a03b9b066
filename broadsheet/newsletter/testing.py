"""Make confirmed subscribers in bulk, for tests, the benchmark and the demo."""

from django.utils import timezone

from .models import Consent, ConsentAction, Subscriber, SubscriberState, Subscription, new_token


def make_subscribers(count, newsletters, *, domain="example.org", prefix="reader", batch=5000):
    """Create `count` confirmed subscribers of `newsletters` (with consent rows); return emails."""
    now = timezone.now()
    emails = [f"{prefix}{n}@{domain}" for n in range(count)]
    for start in range(0, count, batch):
        chunk = emails[start : start + batch]
        Subscriber.objects.bulk_create(
            [
                Subscriber(
                    email=email,
                    state=SubscriberState.CONFIRMED,
                    token=new_token(),
                    confirmed_at=now,
                )
                for email in chunk
            ]
        )
        ids = list(Subscriber.objects.filter(email__in=chunk).values_list("pk", flat=True))
        for newsletter in newsletters:
            Subscription.objects.bulk_create(
                [Subscription(subscriber_id=pk, newsletter=newsletter) for pk in ids]
            )
            Consent.objects.bulk_create(
                [
                    Consent(
                        subscriber_id=pk,
                        newsletter=newsletter,
                        action=ConsentAction.CONFIRMED,
                        source="imported",
                    )
                    for pk in ids
                ]
            )
    return emails
