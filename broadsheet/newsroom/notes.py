"""The notes screen: an editor fixes the wording of a story's published update and correction notes."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from broadsheet.articles.changes import reword_note
from broadsheet.articles.models import ArticlePage


class NoteForm(forms.Form):
    note = forms.CharField(
        label="Public note",
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What changed, as readers read it. The old wording stays in the page's history.",
    )


def may_reword(user, article):
    """Whoever may publish the story: a note is what readers are told of it."""
    return article.permissions_for_user(user).can_publish()


def story_notes(request, pk):
    article = get_object_or_404(ArticlePage, pk=pk)
    if not may_reword(request.user, article):
        raise PermissionDenied
    changes = list(article.changes.noted().order_by("published_at", "pk"))
    bound = None
    if request.method == "POST":
        change = change_named(changes, request.POST.get("change", ""))
        bound = NoteForm(request.POST, auto_id=f"id_note_{change.pk}_%s")
        if bound.is_valid():
            try:
                changed = reword_note(change, bound.cleaned_data["note"], request.user)
            except ValidationError as error:
                bound.add_error("note", error)
            else:
                if changed:
                    messages.success(request, f"{change.label} note reworded: readers see it now.")
                else:
                    messages.info(request, "The note was already worded so.")
                return redirect("story_notes", article.pk)
        messages.error(request, "The note could not be saved: see below.")
    rows = [
        {
            "change": change,
            "form": bound
            if bound is not None and change.pk == int(request.POST["change"])
            else NoteForm(initial={"note": change.note}, auto_id=f"id_note_{change.pk}_%s"),
        }
        for change in changes
    ]
    return TemplateResponse(
        request, "newsroom/notes/index.html", {"article": article, "rows": rows}
    )


def change_named(changes, value):
    """The update or correction of this story that the form names; 404 for anything else."""
    if not value.isdigit():
        raise Http404
    for change in changes:
        if change.pk == int(value):
            return change
    raise Http404
