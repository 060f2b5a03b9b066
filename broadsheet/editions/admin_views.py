"""The newsroom's e-paper desk in the Wagtail admin: plan, reorder, drop, build and lock editions."""

from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from broadsheet.newsroom.roles import EDITORS

from .build import STEPS, NoContent, default_site, get_or_plan_edition, plan_running_order
from .models import Edition, EditionStatus, EditionStory
from .tasks import build_edition_task


def require_editor(request):
    user = request.user
    if not (
        user.is_superuser
        or user.has_perm("editions.change_edition")
        or user.groups.filter(name=EDITORS).exists()
    ):
        raise PermissionDenied


def index(request):
    require_editor(request)
    editions = Edition.objects.select_related("site").order_by("-date")[:60]
    return TemplateResponse(
        request,
        "editions/admin/index.html",
        {"editions": editions, "today": timezone.localdate()},
    )


@require_POST
def plan(request):
    """Create (or open) the edition of a date, with the automatic running order to edit."""
    require_editor(request)
    try:
        day = date.fromisoformat(request.POST.get("date", ""))
    except ValueError:
        messages.error(request, "Give the edition's date as YYYY-MM-DD.")
        return redirect("editions_admin:index")
    try:
        edition = get_or_plan_edition(day, default_site())
    except NoContent as error:
        messages.error(request, str(error))
        return redirect("editions_admin:index")
    if not edition.stories.exists():
        plan_running_order(edition)
    return redirect("editions_admin:edition", edition.pk)


WAITING = "Waiting for the task worker"


def build_progress_data(edition):
    """What the edition page shows of a build: its state, step and what it is doing."""
    building = edition.status == EditionStatus.BUILDING
    return {
        "status": edition.status,
        "status_label": edition.get_status_display(),
        "step": edition.build_step,
        "steps": STEPS,
        "stage": edition.build_stage or (WAITING if building else ""),
        "percent": round(100 * edition.build_step / STEPS),
        "finished": not building,
        "page_count": edition.page_count,
        "error": edition.error,
        "view_url": edition.get_absolute_url() if edition.is_ready else "",
    }


def edition(request, pk):
    require_editor(request)
    edition = get_object_or_404(Edition, pk=pk)
    stories = edition.stories.select_related("article").order_by("position")
    context = {
        "edition": edition,
        "stories": stories,
        "edition_title": str(edition),
        "progress": build_progress_data(edition),
        "progress_url": reverse("editions_admin:progress", args=[edition.pk]),
    }
    return TemplateResponse(request, "editions/admin/edition.html", context)


@never_cache
@require_GET
def progress(request, pk):
    """The edition's build state as JSON, polled by the edition page while it builds."""
    require_editor(request)
    return JsonResponse(build_progress_data(get_object_or_404(Edition, pk=pk)))


@require_POST
def change(request, pk):
    """Move a story up or down, drop or restore it, reset the order, lock, unlock or build."""
    require_editor(request)
    edition = get_object_or_404(Edition, pk=pk)
    action = request.POST.get("action", "")
    if action in {"lock", "unlock"}:
        edition.locked = action == "lock"
        edition.save(update_fields=["locked"])
        messages.success(request, f"{edition} is {'locked' if edition.locked else 'unlocked'}.")
        return redirect("editions_admin:edition", edition.pk)
    if edition.locked:
        messages.error(request, f"{edition} is locked: unlock it to change or rebuild it.")
        return redirect("editions_admin:edition", edition.pk)
    if action == "build":
        edition.status = EditionStatus.BUILDING
        edition.build_step, edition.build_stage, edition.error = 0, WAITING, ""
        edition.save(update_fields=["status", "build_step", "build_stage", "error"])
        build_edition_task.enqueue(edition.date.isoformat(), edition.site_id)
        messages.success(request, f"{edition} is being built; its progress shows below.")
    elif action == "reset":
        plan_running_order(edition)
        messages.success(request, "The running order is back to the automatic choice.")
    elif action in {"up", "down", "drop", "restore"}:
        move(edition, request.POST.get("story"), action)
    else:
        messages.error(request, "Unknown action.")
    return redirect("editions_admin:edition", edition.pk)


@transaction.atomic
def move(edition, story_pk, action):
    entries = list(edition.stories.select_for_update().order_by("position"))
    index = next((n for n, e in enumerate(entries) if str(e.pk) == str(story_pk)), None)
    if index is None:
        return
    entry = entries[index]
    if action in {"drop", "restore"}:
        entry.dropped = action == "drop"
        entry.save(update_fields=["dropped"])
        return
    other = index - 1 if action == "up" else index + 1
    if not 0 <= other < len(entries):
        return
    entries[index], entries[other] = entries[other], entries[index]
    for position, item in enumerate(entries):
        item.position = position
    EditionStory.objects.bulk_update(entries, ["position"])
