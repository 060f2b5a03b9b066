"""The wire desk in the Wagtail admin: incoming items, their versions and a diff, the quarantine."""

import difflib
import re
from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.views.decorators.http import require_POST

from .ingest import Action, ingest_bytes, publish_from_desk, take_down
from .models import Agency, ItemState, QuarantinedFile, WireItem
from .parsers import Refused

PER_PAGE = 50
DIFF_FIELDS = [
    ("headline", "Headline"),
    ("standfirst", "Standfirst"),
    ("byline", "Byline"),
    ("dateline", "Dateline"),
    ("pubstatus", "Status"),
    ("embargoed_until", "Embargo"),
]


def can_use_desk(user):
    return user.is_active and (user.is_superuser or user.has_perm("wires.change_wireitem"))


def require_desk(request):
    if not can_use_desk(request.user):
        raise PermissionDenied


def desk_only(view):
    """Refuse anyone but the desk's editors before anything else, whatever the method."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        require_desk(request)
        return view(request, *args, **kwargs)

    return checked


def desk(request):
    """Incoming items, newest first, for every agency or one."""
    require_desk(request)
    items = WireItem.objects.newest_first().select_related("agency", "article")
    agency = None
    if request.GET.get("agency", "").isdigit():
        agency = Agency.objects.filter(pk=request.GET["agency"]).first()
        if agency:
            items = items.for_agency(agency)
    state = request.GET.get("state", "")
    if state in ItemState.values:
        items = items.filter(state=state)
    page = Paginator(items, PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "wires/admin/desk.html",
        {
            "page": page,
            "agencies": Agency.objects.all(),
            "agency": agency,
            "states": ItemState.choices,
            "state": state,
            "waiting": QuarantinedFile.objects.waiting().count(),
        },
    )


def body_lines(html):
    """A body's text, one paragraph a line, for the diff."""
    text = re.sub(r"</(p|h[1-6]|li|blockquote|div)>|<br\s*/?>", "\n", html or "", flags=re.I)
    return [" ".join(line.split()) for line in strip_tags(text).splitlines() if line.strip()]


def word_diff(old, new):
    """Rows of (kind, text) for a word-by-word diff: 'same', 'removed' or 'added'."""
    old_words, new_words = old.split(), new.split()
    rows = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            rows.append(("same", " ".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            rows.append(("removed", " ".join(old_words[a1:a2])))
        if b2 > b1:
            rows.append(("added", " ".join(new_words[b1:b2])))
    return rows


def version_diff(old, new):
    """What changed from version `old` to `new`: each field, then the body paragraph by paragraph."""
    fields = []
    for name, label in DIFF_FIELDS:
        before, after = str(getattr(old, name) or ""), str(getattr(new, name) or "")
        if before != after:
            fields.append({"label": label, "rows": word_diff(before, after)})
    paragraphs = []
    old_lines, new_lines = body_lines(old.body_html), body_lines(new.body_html)
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            paragraphs.extend({"kind": "same", "text": line} for line in old_lines[a1:a2])
        elif op == "replace" and a2 - a1 == b2 - b1:
            for before, after in zip(old_lines[a1:a2], new_lines[b1:b2], strict=True):
                paragraphs.append({"kind": "changed", "rows": word_diff(before, after)})
        else:
            paragraphs.extend({"kind": "removed", "text": line} for line in old_lines[a1:a2])
            paragraphs.extend({"kind": "added", "text": line} for line in new_lines[b1:b2])
    return {"fields": fields, "paragraphs": paragraphs}


def item(request, pk):
    """One item: its state and why, its versions, and a diff between two of them."""
    require_desk(request)
    item = get_object_or_404(WireItem.objects.select_related("agency", "article"), pk=pk)
    versions = list(item.versions.all())
    by_number = {v.version: v for v in versions}
    diff = old = new = None
    if len(versions) > 1:
        new = by_number.get(_int(request.GET.get("to")), versions[0])
        old = by_number.get(_int(request.GET.get("from")), versions[1])
        diff = version_diff(old, new)
    return TemplateResponse(
        request,
        "wires/admin/item.html",
        {
            "item": item,
            "versions": versions,
            "diff": diff,
            "old": old,
            "new": new,
            "can_publish": item.state == ItemState.ON_DESK,
            "can_spike": item.state not in {ItemState.SPIKED, ItemState.KILLED},
        },
    )


def _int(value):
    return int(value) if value and value.isdigit() else None


@desk_only
@require_POST
def publish(request, pk):
    """Publish the item's article (at its embargo, when that is still ahead)."""
    require_desk(request)
    with transaction.atomic():
        item = get_object_or_404(WireItem.objects.select_for_update(), pk=pk)
        if item.state != ItemState.ON_DESK:
            state = item.get_state_display().lower()
            messages.error(request, f"“{item}” is {state}: not published.")
            return redirect("wires_admin:item", item.pk)
        try:
            article = publish_from_desk(item)
        except Refused as error:
            messages.error(request, f"“{item}” cannot be published: {error}")
            return redirect("wires_admin:item", item.pk)
        if article.live:
            messages.success(request, f"“{article.title}” is published.")
        else:
            when = timezone.localtime(article.go_live_at).strftime("%-d %b %Y %H:%M")
            messages.success(request, f"“{article.title}” is held for its embargo: live at {when}.")
    return redirect("wires_admin:item", item.pk)


@desk_only
@require_POST
def spike(request, pk):
    """Discard the item: its article comes down and later versions are not run."""
    require_desk(request)
    with transaction.atomic():
        item = get_object_or_404(WireItem.objects.select_for_update(), pk=pk)
        if item.state in {ItemState.SPIKED, ItemState.KILLED}:
            messages.error(request, f"“{item}” is already {item.get_state_display().lower()}.")
            return redirect("wires_admin:item", item.pk)
        if item.article is not None:
            take_down(item.article.specific)
        who = request.user.get_full_name() or request.user.get_username()
        item.state = ItemState.SPIKED
        item.reason = f"Spiked by {who} on {timezone.localtime():%-d %b %Y at %H:%M}."
        item.save(update_fields=["state", "reason"])
    messages.success(request, f"“{item}” is spiked.")
    return redirect("wires_admin:item", item.pk)


def quarantine(request):
    """Files the ingest could not read, with the reason, waiting ones first."""
    require_desk(request)
    waiting = QuarantinedFile.objects.waiting().select_related("agency")
    resolved = QuarantinedFile.objects.filter(resolved_at__isnull=False).order_by("-resolved_at")
    return TemplateResponse(
        request,
        "wires/admin/quarantine.html",
        {"waiting": waiting[:200], "resolved": resolved.select_related("agency")[:20]},
    )


@desk_only
@require_POST
def retry(request, pk):
    """Read a quarantined file again (after the agency or a setting was fixed)."""
    require_desk(request)
    record = get_object_or_404(QuarantinedFile, pk=pk, resolved_at__isnull=True)
    content = bytes(record.content or b"")
    if not content:
        messages.error(request, f"{record.file_name} was too big to keep: ask the agency again.")
        return redirect("wires_admin:quarantine")
    outcomes = ingest_bytes(content, name=record.file_name, agency=record.agency, record=record)
    if any(outcome.action == Action.QUARANTINED for outcome in outcomes):
        record.refresh_from_db()
        messages.error(request, f"{record.file_name} is still quarantined: {record.reason}")
    else:
        lines = "; ".join(outcome.line() for outcome in outcomes)
        messages.success(request, f"{record.file_name} read: {lines}")
    return redirect("wires_admin:quarantine")
