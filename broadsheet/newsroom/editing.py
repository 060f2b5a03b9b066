"""Writing a new story in the admin: no draft until the reporter saves, slug clashes explained."""

from django.conf import settings
from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import slugify
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet

from broadsheet.articles.models import ArticlePage


def clashing_story(parent_page, slug):
    """The page under `parent_page` that already uses `slug`, if any."""
    if not slug:
        return None
    return parent_page.get_children().filter(slug=slug).specific().first()


def free_slug(parent_page, slug):
    """`slug`, or the first of `slug-2`, `slug-3`… no page under `parent_page` uses."""
    taken = set(
        parent_page.get_children().filter(slug__startswith=slug).values_list("slug", flat=True)
    )
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def describe(page, link=True):
    """A story as an editor would name it: headline (linked to its editor) and state."""
    if page.live:
        state = "published"
    elif page.workflow_in_progress:
        state = "with the desk"
    else:
        state = "a draft"
    if not link:
        return format_html("“{}” ({})", page.get_admin_display_title(), state)
    return format_html(
        '“<a href="{}">{}</a>” ({})',
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page.get_admin_display_title(),
        state,
    )


class StoryCreateView(CreateView):
    """Wagtail's create view without autosave, and with clashing web addresses explained.

    Autosave on a new page creates the page in the tree as soon as the headline is typed, so an
    abandoned attempt leaves a draft whose slug blocks the next one. Here a story exists only
    once someone presses Save or Submit; from then on the edit view autosaves its revisions.
    """

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        context.pop("autosave_indicator", None)
        return context

    def post(self, request):
        self.clash = None
        allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
        from_headline = slugify(request.POST.get("title", ""), allow_unicode=allow_unicode)
        slug = request.POST.get("slug", "").strip()
        if from_headline and slug in ("", from_headline):
            # The address is the headline's (or was not filled in yet): number it if taken.
            slug = from_headline
            data = request.POST.copy()
            data["slug"] = free_slug(self.parent_page, slug)
            request.POST = data
            if data["slug"] != slug:
                self.clash = clashing_story(self.parent_page, slug)
        response = super().post(request)
        if self.clash is not None and getattr(self.page, "pk", None):
            messages.info(
                request,
                format_html(
                    "{} already uses the web address “{}”, so this story's is “{}”. "
                    "You can change it on the Promote tab.",
                    describe(self.clash, link=False),
                    slug,
                    self.page.slug,
                ),
            )
        return response

    def form_invalid(self, form):
        slug = form.data.get("slug", "").strip()
        clash = clashing_story(self.parent_page, slug) if "slug" in form.errors else None
        if clash is not None and not self.expects_json_response:
            explanation = (
                "The web address “{}” is already used by {} in {}. Choose another on the "
                "Promote tab, or open that story instead."
            )
            parent = self.parent_page.title
            form.add_error("title", format_html(explanation, slug, describe(clash), parent))
            messages.error(
                self.request, format_html(explanation, slug, describe(clash, link=False), parent)
            )
        return super().form_invalid(form)


class StoryViewSet(PageViewSet):
    """The admin's views for stories: Wagtail's, with the create view above."""

    model = ArticlePage
    name = "stories"
    add_view_class = StoryCreateView
    parent_models = []  # leave the explorer's section listings as they are
