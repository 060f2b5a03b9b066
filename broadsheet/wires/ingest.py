"""What an agency file does to the paper: each item's version created, updated, held or killed.

One story per item (agency + guid). A newer version updates the same article; an older or equal
one changes nothing. A kill (`canceled`, `withheld`) takes the article off the public site at
once. A file that cannot be read is quarantined with its reason, and the rest go on. Files read
together (a folder's new files, a command's paths) go through `ingest_batch()`.
"""

import logging
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from broadsheet.articles.models import SectionPage
from broadsheet.articles.tasks import renders_deferred
from broadsheet.paper.lookups import forget, lookups_remembered, remembered
from broadsheet.paper.purge import purges_deferred
from broadsheet.search.signals import entries_deferred

from . import parsers
from .fetch import fetch_picture
from .items import AgencyStory, PubStatus
from .models import Agency, ItemState, QuarantinedFile, WireItem, WireVersion
from .signals import item_state_set_here
from .stories import picture_photo, write_article
from .versions import story_data, story_from

logger = logging.getLogger(__name__)

DEFAULT_AGENCY = "Wire"
# Files per batch: enough to share the batch's work, few enough to keep a kill quick and the
# database's write lock short.
BATCH_FILES = 50


class Action:
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    IGNORED = "ignored"
    KILLED = "killed"
    HELD = "held"
    QUARANTINED = "quarantined"


@dataclass
class Outcome:
    """What one item (or one unreadable file) came to, as the command prints it."""

    action: str
    subject: str
    detail: str = ""
    item: WireItem | None = None
    quarantine: QuarantinedFile | None = None

    def line(self):
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.action}{detail}: {self.subject}"


@contextmanager
def ingest_batch():
    """Ingest the files read in the block as one batch, in one transaction.

    Each item still runs in its own savepoint. The pages' cache purges are sent once, after the
    commit, and each article's search entry is written once, before it: a story published and
    updated in the same batch is purged and indexed once. Nested batches join the outermost
    (without a savepoint of their own: each item has one).
    """
    if _batch_open.get():
        yield
        return
    token = _batch_open.set(True)
    try:
        with (
            purges_deferred(),
            transaction.atomic(),
            renders_deferred(),
            entries_deferred(),
            references_deferred(),
            lookups_remembered(),
        ):
            yield
    finally:
        _batch_open.reset(token)


_batch_open = ContextVar("wire_batch_open", default=False)


# The objects saved in the innermost `references_deferred()` block: (app label, model, pk).
_saved = ContextVar("wire_batch_saved", default=None)


@contextmanager
def references_deferred():
    """Queue one update of Wagtail's reference index per object saved in the block.

    Wagtail queues one per save, and publishing a new article saves it three times.
    """
    if _saved.get() is not None:
        yield
        return
    saved = set()
    token = _saved.set(saved)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _saved.reset(token)
    for app_label, model_name, pk in sorted(saved):
        update_reference_index_task.enqueue(app_label, model_name, pk)


@receiver(post_save, dispatch_uid="wires-batch-note-saved")
def note_saved(sender, instance, raw=False, **kwargs):
    saved = _saved.get()
    if saved is not None and not raw and sender in ReferenceIndex.tracked_models:
        saved.add((instance._meta.app_label, instance._meta.model_name, str(instance.pk)))


@receiver(post_delete, dispatch_uid="wires-batch-note-deleted")
def note_deleted(sender, instance, **kwargs):
    """Do at once what Wagtail's handler, switched off in the block, does for a deletion."""
    if _saved.get() is not None and sender in ReferenceIndex.tracked_models:
        ReferenceIndex.remove_for_object(instance)
        ReferenceIndex.remove_references_to(instance)


def max_file_bytes():
    return settings.BROADSHEET_WIRES_MAX_FILE_BYTES


def ingest_path(path, *, agency=None, publish=False):
    """Ingest one file; return its outcomes."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_file_bytes():
            return [
                quarantine(
                    path.name,
                    f"oversize: {size} bytes, at most {max_file_bytes()}",
                    agency=agency,
                    size=size,
                )
            ]
        data = path.read_bytes()
    except OSError as error:
        return [quarantine(path.name, f"cannot read the file: {error.strerror}", agency=agency)]
    return ingest_bytes(data, name=path.name, agency=agency, publish=publish, base_dir=path.parent)


def ingest_bytes(data, *, name, agency=None, publish=False, base_dir=None, record=None):
    """Ingest a file's bytes; `record` is the quarantine entry being retried, if any."""
    if len(data) > max_file_bytes():
        return [
            quarantine(
                name,
                f"oversize: {len(data)} bytes, at most {max_file_bytes()}",
                agency=agency,
                size=len(data),
                record=record,
            )
        ]
    if is_picture(data):
        resolve(record)
        return [Outcome(Action.IGNORED, name, "a picture: read with the item that names it")]
    try:
        _format, stories = parsers.parse(data, base_dir=base_dir)
    except parsers.Refused as error:
        return [quarantine(name, str(error), agency=agency, data=data, record=record)]
    except Exception as error:  # a parser bug must not stop the other files
        logger.exception("Parsing %s failed", name)
        reason = f"could not read the file: {type(error).__name__}: {error}"
        return [quarantine(name, reason, agency=agency, data=data, record=record)]
    if not stories:
        outcome = Outcome(Action.IGNORED, name, "no text story in the file")
        resolve(record)
        return [outcome]
    outcomes = []
    with ingest_batch():
        for story in stories:
            try:
                outcome = apply_story(story, agency=agency, publish=publish, file_name=name)
            except parsers.Refused as error:
                forget()  # what the item's savepoint created is gone
                outcome = quarantine(name, str(error), agency=agency, data=data, record=record)
            except Exception as error:
                forget()
                logger.exception("Writing %s from %s failed", story.guid, name)
                reason = f"could not write {story.guid[:120]}: {type(error).__name__}: {error}"
                outcome = quarantine(name, reason, agency=agency, data=data, record=record)
            outcomes.append(outcome)
    if not any(o.action == Action.QUARANTINED for o in outcomes):
        resolve(record)
    return outcomes


def is_picture(data):
    """Tell a JPEG, PNG, GIF or WebP file (sent beside the items that use it) by its first bytes."""
    return data.startswith((b"\xff\xd8\xff", b"\x89PNG", b"GIF8")) or (
        data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    )


def quarantine(name, reason, *, agency=None, data=b"", size=None, record=None):
    """Keep an unreadable file with its reason (updating `record` on a retry)."""
    keep = data if len(data) <= max_file_bytes() else b""
    if record is None:
        record = QuarantinedFile(agency=agency, file_name=name[:500])
    record.reason = reason
    record.content = keep
    record.size = size if size is not None else len(data)
    if record.pk:
        record.retried_at = timezone.now()
    record.save()
    return Outcome(Action.QUARANTINED, name, reason, quarantine=record)


def resolve(record):
    if record is not None:
        record.retried_at = record.resolved_at = timezone.now()
        record.save(update_fields=["retried_at", "resolved_at"])


def agency_for(story, agency):
    if agency is not None:
        return agency
    name = (story.agency or story.copyright or DEFAULT_AGENCY)[:60]
    known = remembered("agencies")
    if known is not None and name in known:
        return known[name]
    agency = Agency.objects.get_or_create(name=name)[0]
    if known is not None:
        known[name] = agency
    return agency


def section_for(agency):
    section = agency.default_section or first_section()
    if section is None:
        raise parsers.Refused("no section to put agency stories in: create a section first")
    return section


def first_section():
    known = remembered("first section")
    if known is None:
        return SectionPage.objects.order_by("path").first()
    if "section" not in known:
        known["section"] = SectionPage.objects.order_by("path").first()
    return known["section"]


@transaction.atomic
def apply_story(story: AgencyStory, *, agency=None, publish=False, file_name=""):
    """Apply one version of one item and return what it did."""
    agency = agency_for(story, agency)
    story.agency = agency.name
    # At most one row (agency and guid are unique together): no ordering needed.
    found = WireItem.objects.select_for_update().filter(agency=agency, guid=story.guid)[:1]
    item = found[0] if found else None
    if item is not None:
        item.agency = agency  # the caller's, with its default section already read
    label = f"{story.guid} “{story.headline[:80]}”"
    if item is not None and story.version <= item.version:
        if story.version == item.version:
            return Outcome(Action.UNCHANGED, label, f"version {story.version}", item=item)
        detail = f"stale version {story.version}, have {item.version}"
        return Outcome(Action.IGNORED, label, detail, item=item)
    is_new = item is None
    if is_new:
        item = WireItem(agency=agency, guid=story.guid)
    version = record_version(item, story, file_name)
    if item.state in {ItemState.KILLED, ItemState.SPIKED} and not story.is_kill:
        item.save()
        why = "killed by the agency" if item.state == ItemState.KILLED else "spiked on the desk"
        return Outcome(Action.IGNORED, label, f"{why}; version {story.version} kept", item=item)
    if story.is_kill:
        kill(item, story)
        return Outcome(Action.KILLED, label, item.reason, item=item)

    was_running = item.state in {ItemState.PUBLISHED, ItemState.HELD} or bool(
        item.article and item.article.live
    )
    go = publish or agency.publish_on_arrival or was_running
    section_for(agency)  # a paper with nowhere to put the story quarantines it, to retry later
    fetch_pictures(story)
    item.reason = ""
    if go or item.article is not None:
        write_up(item, story, publish=go)
    else:
        # On the desk: kept as it came, an article only once an editor publishes it.
        keep_lead_picture(version, story)
        if not (is_new and item.state == ItemState.ON_DESK):  # else saved so already
            item.state = ItemState.ON_DESK
            item.save()
    if item.state == ItemState.HELD:
        until = timezone.localtime(story.embargoed_until).strftime("%Y-%m-%d %H:%M %Z")
        return Outcome(Action.HELD, label, f"embargo until {until}", item=item)
    action = Action.CREATED if is_new else Action.UPDATED
    return Outcome(
        action, label, f"version {story.version}, {item.get_state_display().lower()}", item=item
    )


def write_up(item, story, *, publish):
    """Write (or update) the item's article from `story`; set the item's state from it."""
    with item_state_set_here():
        article = write_article(
            story, section=section_for(item.agency), publish=publish, article=item.article
        )
    item.article = article
    embargoed = bool(story.embargoed_until and story.embargoed_until > timezone.now())
    if publish and embargoed:
        item.state = ItemState.HELD
    elif article.live:
        item.state = ItemState.PUBLISHED
    else:
        item.state = ItemState.ON_DESK
    item.save()
    return article


def publish_from_desk(item):
    """Publish an item waiting on the desk from its newest version; return its article."""
    version = item.versions.order_by("-version").first()
    story = story_from(version)
    story.agency = item.agency.name
    return write_up(item, story, publish=True)


def keep_lead_picture(version, story):
    picture = story.lead_picture
    if picture is not None:
        version.photo = picture_photo(picture, story.headline)
        if version.photo is not None:
            version.save(update_fields=["photo"])


def record_version(item, story, file_name):
    """Keep the version; the caller saves the item after it (a new one is saved here first)."""
    item.version = story.version
    item.headline = story.headline[:255]
    item.received_at = timezone.now()
    if item.pk is None:
        item.save()
    return WireVersion.objects.create(
        item=item,
        version=story.version,
        pubstatus=story.pubstatus,
        format=story.format,
        headline=story.headline[:255],
        standfirst=story.standfirst,
        body_html=story.body_html,
        byline=story.byline[:255],
        dateline=story.dateline[:255],
        version_created=story.version_created,
        embargoed_until=story.embargoed_until,
        file_name=file_name[:500],
        story=story_data(story),
    )


def kill(item, story=None, *, reason=None):
    """Take the item's article off the public site and say why."""
    if story is not None:
        withheld = story.pubstatus == PubStatus.WITHHELD
        item.state = ItemState.WITHHELD if withheld else ItemState.KILLED
        verb = "Withheld" if withheld else "Canceled (killed)"
        item.reason = reason or f"{verb} by {item.agency.name} in version {story.version}."
    elif reason:
        item.reason = reason
    if item.article is not None:
        take_down(item.article)
    item.save()


def take_down(article):
    """Unpublish an article and cancel any scheduled publishing of it."""
    if article.live:
        article.unpublish(log_action="wagtail.unpublish")  # which clears the revisions' schedule
    else:
        article.revisions.update(approved_go_live_at=None)
    Page.objects.filter(pk=article.pk).update(go_live_at=None)


def fetch_pictures(story):
    """Read the bytes of pictures sent by address, through the outbound address rules."""
    for picture in story.pictures:
        if picture.url and picture.data is None:
            picture.data = fetch_picture(picture.url)
