"""Record how each publication of a live story is classified: a minor edit, an update or a correction.

The classification travels in the revision (`change_kind`, `change_note`), so a scheduled or
reviewed revision keeps what its author chose. When the revision is published, a row of
`ArticleChange` keeps it for good, with the revision before it (for the public page of what
changed), and an update or a correction moves the story's Updated time; a minor edit does not.
"""

from django.utils import timezone
from wagtail.models import PageLogEntry

from .models import NOTED_KINDS, ArticleChange, ArticlePage, ChangeKind


def previous_published_revision(article, revision, latest_change):
    """The revision readers saw before `revision`: the last change recorded, else Wagtail's log.

    `latest_change` is the article's newest change (None when it has none).
    """
    last = latest_change
    if last is not None and last.revision_id is None:
        last = (
            article.changes.exclude(revision=None)
            .select_related("revision")
            .order_by("-published_at", "-pk")
            .first()
        )
    if last is not None and last.revision_id != revision.pk:
        return last.revision
    entry = (
        PageLogEntry.objects.filter(page=article, action__startswith="wagtail.publish")
        .exclude(revision=None)
        .exclude(revision=revision)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.revision if entry is not None else None


def classify(article, revision):
    """The (kind, note) `revision` carries, a minor edit when it repeats the last noted change."""
    kind, note = article.change_kind, article.change_note.strip()
    if kind not in NOTED_KINDS:
        return ChangeKind.MINOR, ""
    last = article.changes.noted().order_by("-published_at", "-pk").first()
    if last is not None and (last.kind, last.note) == (kind, note):
        # The revision still carries a classification already published (an edit made in code,
        # or the same revision published again): it is not a new update or correction.
        return ChangeKind.MINOR, ""
    return kind, note


def record_publication(sender, instance, revision=None, **kwargs):
    """On `page_published`: keep the change and, for an update or correction, the Updated time."""
    if not isinstance(instance, ArticlePage) or revision is None:
        return
    if not instance.live:
        return  # Scheduled for later: recorded when it goes live.
    latest = instance.changes.select_related("revision").order_by("-published_at", "-pk").first()
    previous = previous_published_revision(instance, revision, latest)
    if previous is None and latest is None:
        return  # The first publication is the story itself, not a change to it.
    kind, note = classify(instance, revision)
    change = ArticleChange.objects.create(
        article=instance,
        kind=kind,
        note=note,
        published_at=timezone.now(),
        revision=revision,
        previous_revision=previous,
    )
    if kind in NOTED_KINDS:
        ArticlePage.objects.filter(pk=instance.pk).update(updated_at=change.published_at)
        instance.updated_at = change.published_at
    instance.__dict__.pop("public_changes", None)
