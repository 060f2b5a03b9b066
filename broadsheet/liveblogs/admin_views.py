"""The live desk: post entries to a live blog, approve and withdraw them, without republishing."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from . import posting
from .forms import EntryForm
from .models import EntryState, LiveBlogEntry, LiveBlogPage


def index(request):
    """Every live blog, live ones first, with how many entries wait for an editor."""
    if not request.user.has_perm(posting.POST_PERMISSION):
        raise PermissionDenied
    blogs = LiveBlogPage.objects.order_by("-live", "coverage_end", "-first_published_at", "-pk")
    waiting = dict(
        LiveBlogEntry.objects.filter(state=EntryState.SUBMITTED)
        .values_list("live_blog")
        .annotate(count=Count("pk"))
    )
    rows = [{"blog": blog, "waiting": waiting.get(blog.pk, 0)} for blog in blogs]
    return TemplateResponse(request, "liveblogs/admin/index.html", {"rows": rows})


def desk(request, pk):
    blog = get_object_or_404(LiveBlogPage, pk=pk)
    if not request.user.has_perm(posting.POST_PERMISSION):
        raise PermissionDenied
    can_post = posting.may_post(request.user, blog)
    if request.method == "POST":
        if not can_post:
            raise PermissionDenied
        form = EntryForm(request.POST, user=request.user, blog=blog)
        form.instance.live_blog = blog
        if form.is_valid():
            entry = posting.post_entry(blog, request.user, form.save(commit=False))
            if entry.state == EntryState.PUBLISHED:
                messages.success(request, "Entry published: readers' pages show it shortly.")
            else:
                messages.success(request, "Entry posted for an editor's approval.")
            return redirect("liveblogs_admin:desk", blog.pk)
        messages.error(request, "The entry could not be posted: see the form below.")
    else:
        form = EntryForm(user=request.user, blog=blog)
    may_publish = posting.may_publish(request.user, blog)
    rows = [
        {
            "entry": entry,
            "can_publish": may_publish and entry.state != EntryState.PUBLISHED,
            "can_withdraw": may_publish and entry.state == EntryState.PUBLISHED,
            "can_delete": posting.may_delete(request.user, entry),
        }
        for entry in posting.entries_for_desk(blog)
    ]
    return TemplateResponse(
        request,
        "liveblogs/admin/desk.html",
        {
            "blog": blog,
            "form": form,
            "rows": rows,
            "can_post": can_post,
            "may_publish": may_publish,
            "media": form.media,
        },
    )


def entry_action(action, done):
    """A POST-only view that applies `action` to one entry and says `done`."""

    @require_POST
    def view(request, pk):
        entry = get_object_or_404(LiveBlogEntry.objects.select_related("live_blog"), pk=pk)
        action(entry, request.user)
        messages.success(request, done)
        return redirect("liveblogs_admin:desk", entry.live_blog_id)

    return view


publish = entry_action(posting.publish_entry, "Entry published.")
withdraw = entry_action(posting.withdraw_entry, "Entry withdrawn: readers' pages drop it.")
delete = entry_action(posting.delete_entry, "Entry deleted.")
