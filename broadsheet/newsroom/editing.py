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


def describe(page):
    """A story as an editor would name it: headline and state."""
    if page.live:
        state = "published"
    elif page.workflow_in_progress:
        state = "with the desk"
    else:
        state = "a draft"
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
        slug = request.POST.get("slug", "").strip()
        allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
        derived = slug == slugify(request.POST.get("title", ""), allow_unicode=allow_unicode)
        clash = clashing_story(self.parent_page, slug)
        if clash is not None and derived:
            # The address came from the headline: let Wagtail number it ("…-2") and say so.
            data = request.POST.copy()
            data["slug"] = ""
            request.POST = data
            self.clash = clash
        response = super().post(request)
        if self.clash is not None and getattr(self.page, "pk", None):
            messages.info(
                request,
                format_html(
                    "{} already uses the web address “{}”, so this story's is “{}”. "
                    "You can change it on the Promote tab.",
                    describe(self.clash),
                    slug,
                    self.page.slug,
                ),
            )
        return response

    def form_invalid(self, form):
        slug = form.data.get("slug", "").strip()
        clash = clashing_story(self.parent_page, slug) if "slug" in form.errors else None
        if clash is not None and not self.expects_json_response:
            explanation = format_html(
                "The web address “{}” is already used by {} in {}. Choose another on the "
                "Promote tab, or open that story instead.",
                slug,
                describe(clash),
                self.parent_page.title,
            )
            form.add_error("title", explanation)
            messages.error(self.request, explanation)
        return super().form_invalid(form)


class StoryViewSet(PageViewSet):
    """The admin's views for stories: Wagtail's, with the create view above."""

    model = ArticlePage
    name = "stories"
    add_view_class = StoryCreateView
    parent_models = []  # leave the explorer's section listings as they are
