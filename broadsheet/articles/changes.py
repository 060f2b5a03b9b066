"""Record how each publication of a live story is classified: a minor edit, an update or a correction.

The classification travels in the revision (`change_kind`, `change_note`), so a scheduled or
reviewed revision keeps what its author chose. When the revision is published, a row of
`ArticleChange` keeps it for good, with the revision before it (for the public page of what
changed), and an update or a correction moves the story's Updated time; a minor edit does not.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import PageLogEntry

from broadsheet.paper.purge import ancestor_paths, purge_keys_of, send_purges

from .diff import visible_text
from .models import NOTED_KINDS, ArticleChange, ArticlePage, ChangeKind, missing_note_error
from .tasks import refresh_renders

# The page history's entry for a note reworded after publication.
NOTE_REWORDED = "broadsheet.change_note_reworded"


# Set on a page by a writer that created it and publishes it for the first time in one go (the
# wire ingest): no change and no earlier publish of it can exist, so none is looked for.
FIRST_PUBLICATION = "_broadsheet_first_publication"


def is_first_publication(page):
    """Whether the publish under way is the first of a page created with it (see above)."""
    return getattr(page, FIRST_PUBLICATION, False)


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
    if is_first_publication(instance):
        return  # The first publication is the story itself, not a change to it.
    latest = instance.changes.select_related("revision").order_by("-published_at", "-pk").first()
    previous = previous_published_revision(instance, revision, latest)
    if previous is None and latest is None:
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


@transaction.atomic
def reword_note(change, note, user):
    """Fix the wording of a published update's or correction's note; return whether it changed.

    The page's history keeps the old and the new wording. The change keeps its time, so the
    story's Updated time stays; the pages showing the note are purged once this commits.
    """
    note = note.strip()
    error = missing_note_error(change.kind, note) if change.kind in NOTED_KINDS else None
    if change.kind not in NOTED_KINDS or error:
        raise ValidationError(error or "Only an update's or a correction's note is public.")
    before = change.note
    if note == before:
        return False
    change.note = note
    change.save(update_fields=["note"])
    article = change.article.specific
    # The page still carries the classification it was published with: reworded too, so a
    # later publish of it is not taken for a new update or correction.
    ArticlePage.objects.filter(pk=article.pk, change_kind=change.kind, change_note=before).update(
        change_note=note
    )
    log(
        instance=article,
        action=NOTE_REWORDED,
        user=user,
        data={"change": change.pk, "kind": change.kind, "before": before, "after": note},
    )
    refresh_renders([article.pk])  # the stored page prints the notes
    keys, paths = set(purge_keys_of(article)), ancestor_paths(article)
    transaction.on_commit(lambda: send_purges(keys, paths))
    return True
