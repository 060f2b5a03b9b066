"""Import a web page from the admin: an address or a saved file, a section, draft or published."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from broadsheet.articles.models import ArticlePage, SectionPage

from .webpage import FetchedPage, PageRefused, import_page, page_limit, read_source


def sections_for(user):
    """The sections `user` may add stories to, in the paper's order."""
    return [
        section
        for section in SectionPage.objects.order_by("path")
        if section.permissions_for_user(user).can_add_subpage()
    ]


class ImportPageForm(forms.Form):
    url = forms.URLField(
        label="Address of the page",
        required=False,
        assume_scheme="https",
        help_text="The story's own page, starting with https://.",
    )
    file = forms.FileField(
        label="Or a saved page",
        required=False,
        help_text="An .html file saved from the browser, or a text capture of the page.",
    )
    section = forms.TypedChoiceField(label="Section", coerce=int)
    publish = forms.BooleanField(
        label="Publish at once",
        required=False,
        help_text="Leave unticked to save the story as a draft for checking.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.sections = {section.pk: section for section in sections_for(user)}
        self.fields["section"].choices = [(pk, s.title) for pk, s in self.sections.items()]

    def clean(self):
        data = super().clean()
        if bool(data.get("url")) == bool(data.get("file")):
            raise forms.ValidationError("Give either the page's address or a saved file, not both.")
        section = self.sections.get(data.get("section"))
        may_publish = section is not None and (
            section.permissions_for_user(self.user).can_publish_subpage()
        )
        if section is not None and data.get("publish") and not may_publish:
            self.add_error("publish", f"You may not publish in {section.title}; save a draft.")
        data["section_page"] = section
        return data

    def page(self):
        """The page to import, read from the address or the upload; PageRefused if unreadable."""
        upload = self.cleaned_data.get("file")
        if upload is None:
            return read_source(self.cleaned_data["url"])
        limit = page_limit()
        if upload.size > limit:
            raise PageRefused(f"The file is larger than {limit:,} bytes.")
        return FetchedPage(upload.read(), name=upload.name)


def can_import(user):
    return user.is_active and bool(sections_for(user))


def import_view(request):
    if not can_import(request.user):
        raise PermissionDenied
    form = ImportPageForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            article, result = import_page(
                form.page(),
                section=form.cleaned_data["section_page"],
                publish=form.cleaned_data["publish"],
            )
        except PageRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            if result.updated:
                messages.success(
                    request, "This page was imported before: the same story is brought up to date."
                )
            for note in result.notes:
                messages.warning(request, note)
            return redirect("wires_import:imported", pk=article.pk)
    return TemplateResponse(request, "wires/admin/import_page.html", {"form": form})


def imported_view(request, pk):
    if not can_import(request.user):
        raise PermissionDenied
    article = get_object_or_404(ArticlePage, pk=pk)
    if not article.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return TemplateResponse(request, "wires/admin/imported_page.html", {"article": article})


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_urls():
    urls = [
        path("", import_view, name="import"),
        path("<int:pk>/", imported_view, name="imported"),
    ]
    return [path("import-page/", include((urls, "wires_import")))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        "Import a web page", reverse("wires_import:import"), icon_name="download", order=251
    )
