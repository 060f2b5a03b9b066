"""Record how each publication of a live story is classified: a minor edit, an update or a correction.

The classification travels in the revision (`change_kind`, `change_note`), so a scheduled or
reviewed revision keeps what its author chose. When the revision is published, a row of
`ArticleChange` keeps it for good, with the revision before it (for the public page of what
changed), and an update or a correction moves the story's Updated time; a minor edit does not.
"""

from django.utils import timezone
from wagtail.models import PageLogEntry

from .diff import visible_text
from .models import NOTED_KINDS, ArticleChange, ArticlePage, ChangeKind


def previous_published_revision(article, revision):
    """The revision readers saw before `revision`: the last change recorded, else Wagtail's log."""
    last = article.changes.exclude(revision=None).order_by("-published_at", "-pk").first()
    if last is not None and last.revision_id != revision.pk:
        return last.revision
    entry = (
        PageLogEntry.objects.filter(page=article, action__startswith="wagtail.publish")
        .exclude(revision=None)
        .exclude(revision=revision)
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.revision if entry is not None else None


def classify(article, revision, previous=None):
    """The (kind, note) `revision` carries, a minor edit when it repeats the last noted change.

    A newer agency version that changes the text is an update, said to be from the agency.
    """
    kind, note = article.change_kind, article.change_note.strip()
    if kind in NOTED_KINDS:
        last = article.changes.noted().order_by("-published_at", "-pk").first()
        # A revision still carrying a classification already published (an edit made in code,
        # or the same revision published again) is not a new update or correction.
        if last is None or (last.kind, last.note) != (kind, note):
            return kind, note
    if is_agency_version(article, revision) and text_changed(previous, article):
        return ChangeKind.UPDATE, f"Updated with new information from {article.agency}."
    return ChangeKind.MINOR, ""


def is_agency_version(article, revision):
    """Agency copy written by the wire ingest: no one in the newsroom saved this revision."""
    return bool(article.agency) and revision.user_id is None


def text_changed(previous, article):
    """Tell whether readers read different words than in the `previous` revision."""
    return previous is not None and visible_text(previous.as_object()) != visible_text(article)


def record_publication(sender, instance, revision=None, **kwargs):
    """On `page_published`: keep the change and, for an update or correction, the Updated time."""
    if not isinstance(instance, ArticlePage) or revision is None:
        return
    if not instance.live:
        return  # Scheduled for later: recorded when it goes live.
    previous = previous_published_revision(instance, revision)
    if previous is None and not instance.changes.exists():
        return  # The first publication is the story itself, not a change to it.
    kind, note = classify(instance, revision, previous)
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
