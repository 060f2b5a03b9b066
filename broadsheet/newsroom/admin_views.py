"""The Trash screen in the admin: editors restore, administrators delete for good."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from . import trash
from .models import TRASH_DAYS, TrashedPage
from .permissions import can_open_trash, can_purge, can_restore


def index(request):
    if not can_open_trash(request.user):
        raise PermissionDenied
    items = TrashedPage.objects.select_related("page", "parent", "trashed_by")
    rows = [
        {
            "item": item,
            "can_restore": can_restore(request.user, item),
            "descendants": item.page.get_descendant_count(),
        }
        for item in items
    ]
    return TemplateResponse(
        request,
        "newsroom/trash/index.html",
        {"rows": rows, "can_purge": can_purge(request.user), "trash_days": TRASH_DAYS},
    )


@require_POST
def restore(request, pk):
    item = get_object_or_404(TrashedPage.objects.select_related("page", "parent"), pk=pk)
    if not can_restore(request.user, item):
        raise PermissionDenied
    try:
        page = trash.restore(item, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("newsroom_trash:index")
    messages.success(request, f"“{page.title}” is back in {page.get_parent().title}.")
    return redirect("newsroom_trash:index")


def purge(request, pk):
    if not can_purge(request.user):
        raise PermissionDenied
    item = get_object_or_404(TrashedPage.objects.select_related("page"), pk=pk)
    if request.method == "POST":
        title = item.page.title
        trash.purge(item, user=request.user)
        messages.success(request, f"“{title}” is deleted for good.")
        return redirect("newsroom_trash:index")
    return TemplateResponse(request, "newsroom/trash/confirm_purge.html", {"item": item})


def empty(request):
    if not can_purge(request.user):
        raise PermissionDenied
    items = TrashedPage.objects.select_related("page")
    if request.method == "POST":
        count = 0
        for item in items:
            trash.purge(item, user=request.user)
            count += 1
        messages.success(request, f"Trash emptied: {count} deleted for good.")
        return redirect("newsroom_trash:index")
    return TemplateResponse(request, "newsroom/trash/confirm_empty.html", {"count": items.count()})
