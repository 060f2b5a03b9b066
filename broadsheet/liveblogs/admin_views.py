"""The live desk: post entries to a live blog, edit, approve and withdraw them, without republishing."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from . import posting
from .forms import EntryForm
from .models import EntryEdit, EntryState, LiveBlogEntry, LiveBlogPage


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
            "can_edit": can_post and posting.may_edit(request.user, entry),
            "waiting_edit": waiting_edit(entry),
            "can_discard_edit": waiting_edit(entry) is not None
            and posting.may_discard_edit(request.user, entry.waiting_edit),
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


def waiting_edit(entry):
    """The edit waiting for an editor on `entry` (loaded with it), or None."""
    try:
        return entry.waiting_edit
    except EntryEdit.DoesNotExist:
        return None


def edit_entry(request, pk):
    """Edit a posted entry, under the review rules of posting (see `posting.edit_entry`)."""
    entry = get_object_or_404(
        LiveBlogEntry.objects.select_related("live_blog", "waiting_edit__proposed_by"), pk=pk
    )
    blog = entry.live_blog
    if not posting.may_edit(request.user, entry):
        raise PermissionDenied
    waiting = waiting_edit(entry)
    if request.method == "POST":
        form = EntryForm(request.POST, instance=entry, user=request.user, blog=blog)
        if form.is_valid():
            outcome = posting.edit_entry(entry, request.user, form.instance.content())
            messages.success(request, outcome.label)
            return redirect("liveblogs_admin:desk", blog.pk)
        messages.error(request, "The entry could not be saved: see the form below.")
    else:
        initial = form_initial(waiting.content) if waiting is not None else None
        form = EntryForm(instance=entry, initial=initial, user=request.user, blog=blog)
    return TemplateResponse(
        request,
        "liveblogs/admin/edit_entry.html",
        {
            "blog": blog,
            "entry": entry,
            "form": form,
            "waiting": waiting,
            "may_publish": posting.may_publish(request.user, blog),
            "media": form.media,
        },
    )


def form_initial(content):
    """The form's starting values from an edit's content (kept by attribute name)."""
    return {field.name: content.get(field.attname) for field in LiveBlogEntry.content_fields()}


def entry_action(action, done):
    """A POST-only view that applies `action` to one entry and says `done`."""

    @require_POST
    def view(request, pk):
        entry = get_object_or_404(LiveBlogEntry.objects.select_related("live_blog"), pk=pk)
        try:
            action(entry, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, done)
        return redirect("liveblogs_admin:desk", entry.live_blog_id)

    return view


publish = entry_action(posting.publish_entry, "Entry published.")
withdraw = entry_action(posting.withdraw_entry, "Entry withdrawn: readers' pages drop it.")
delete = entry_action(posting.delete_entry, "Entry deleted.")
publish_edit = entry_action(posting.publish_edit, "Edit published: readers' pages show it shortly.")
discard_edit = entry_action(posting.discard_edit, "Edit discarded.")
