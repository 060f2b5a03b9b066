"""Scheduled publishing without cron: what `manage.py publish_scheduled` does, run by the scheduler.

The same steps as Wagtail's command (expired objects come down with `unpublish(set_expired=True)`,
revisions whose approved go-live time has passed are published), so Wagtail's signals, log entries
and our receivers (caches, search entries, webhooks) follow as when an editor clicks. One object
that fails is logged and left for the next pass; the others still go.
"""

import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

logger = logging.getLogger(__name__)


@dataclass
class PublishingPass:
    published: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def __bool__(self):
        return bool(self.published or self.expired or self.failed)


def draft_state_models():
    """Pages, then every other model with a live/draft state (snippets)."""
    others = [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]
    return [Page, *others]


def publish_scheduled(now=None):
    """Take down what has expired, then publish every revision whose time has come."""
    now = now or timezone.now()
    done = PublishingPass()
    for model in draft_state_models():
        for obj in list(model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at")):
            try:
                obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
            except Exception:
                logger.exception("Could not take down expired %r", obj)
                done.failed.append(str(obj))
            else:
                logger.info("Took down expired %r", obj)
                done.expired.append(str(obj))
    due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
    for revision in list(due):
        try:
            revision.publish(log_action="wagtail.publish.scheduled")
        except Exception:
            logger.exception("Could not publish scheduled revision %s", revision.pk)
            done.failed.append(revision.object_str)
        else:
            logger.info("Published scheduled %s", revision.object_str)
            done.published.append(revision.object_str)
    return done
