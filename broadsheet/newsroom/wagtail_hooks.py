"""The newsroom in Wagtail's admin: trash, roles on every URL, dashboard panels (with the
background processes' health for editors), editing aids."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.models import Revision

from broadsheet.articles.changes import NOTE_REWORDED
from broadsheet.articles.models import ArticlePage

from . import admin_views, notes, trash
from .api import TrashPageAPIAction
from .dashboard import REPLACED, newsroom_panels
from .editing import StoryViewSet
from .models import TrashPage
from .panels import BackgroundProcessesPanel, sees_background_processes
from .permissions import can_open_trash

trash_urlpatterns = [
    path("", admin_views.index, name="index"),
    path("<int:pk>/restore/", admin_views.restore, name="restore"),
    path("<int:pk>/delete/", admin_views.purge, name="purge"),
    path("empty/", admin_views.empty, name="empty"),
]


@hooks.register("register_admin_urls")
def register_trash_urls():
    return [path("trash/", include((trash_urlpatterns, "newsroom_trash")))]


@hooks.register("register_admin_urls")
def register_notes_urls():
    return [path("stories/<int:pk>/notes/", notes.story_notes, name="story_notes")]


@hooks.register("register_page_header_buttons")
def notes_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, ArticlePage) and notes.may_reword(user, page):
        yield PageMenuItem(
            "Update and correction notes",
            url=reverse("story_notes", args=[page.pk]),
            icon_name="edit",
            priority=20,
            page=page,
        )


@hooks.register("register_log_actions")
def register_note_reworded(actions):
    actions.register_action(
        NOTE_REWORDED, "Reword note", "Reworded the note of an update or correction"
    )


class TrashMenuItem(MenuItem):
    def is_shown(self, request):
        return can_open_trash(request.user)


@hooks.register("register_admin_menu_item")
def register_trash_menu_item():
    return TrashMenuItem("Trash", reverse("newsroom_trash:index"), icon_name="bin", order=900)


def refuse_unscheduling_by_reporter(user, page):
    """Only someone who may publish takes down a story an editor has scheduled."""
    scheduled = Revision.page_revisions.filter(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    ).exists()
    if scheduled and not page.permissions_for_user(user).can_publish():
        raise PermissionDenied


@hooks.register("before_delete_page")
def delete_to_trash(request, page):
    """Move the page to the trash instead of deleting it (the view has checked can_delete)."""
    if trash.in_trash(page):
        return redirect("newsroom_trash:index")
    refuse_unscheduling_by_reporter(request.user, page)
    if request.method != "POST":
        return None
    parent = page.get_parent()
    trash.move_to_trash(page, user=request.user)
    messages.success(
        request,
        f"“{page.get_admin_display_title()}” moved to the trash; "
        f"an editor can restore it for {trash.TRASH_DAYS} days.",
    )
    return redirect(
        get_valid_next_url_from_request(request)
        or reverse("wagtailadmin_explore", args=[parent.pk])
    )


@hooks.register("before_bulk_action")
def bulk_delete_to_trash(request, action_type, objects, action_class_instance):
    """Move the chosen pages to the trash instead of deleting them."""
    if action_type != "delete" or not isinstance(action_class_instance, DeleteBulkAction):
        return None
    for page in objects:
        refuse_unscheduling_by_reporter(request.user, page)
    for page in objects:
        trash.move_to_trash(page, user=request.user)
    messages.success(request, f"{len(objects)} moved to the trash.")
    return redirect(action_class_instance.next_url or reverse("newsroom_trash:index"))


def refuse_in_trash(request, page, *args, **kwargs):
    """A page in the trash is restored before anyone edits, moves or copies it."""
    if trash.in_trash(page):
        messages.error(request, "This page is in the trash: restore it first.")
        return redirect("newsroom_trash:index")
    return None


hooks.register("before_edit_page", refuse_in_trash)
hooks.register("before_copy_page", refuse_in_trash)


@hooks.register("before_move_page")
def move_only_where_allowed(request, page, destination):
    """Wagtail checks the move only on submit; refuse the confirmation screen as well."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
    return refuse_in_trash(request, page)


@hooks.register("before_create_page")
def only_editors_create_sections(request, parent_page, page_class):
    """Reporters write stories (live blogs are stories too); any other page is an editor's job."""
    if (
        not issubclass(page_class, ArticlePage)
        and not parent_page.permissions_for_user(request.user).can_publish_subpage()
    ):
        raise PermissionDenied


@hooks.register("construct_explorer_page_queryset")
def hide_trash_from_explorer(parent_page, pages, request):
    return pages.not_type(TrashPage)


@hooks.register("construct_page_chooser_queryset")
def hide_trash_from_chooser(pages, request):
    trash_page = TrashPage.objects.first()
    if trash_page is None:
        return pages
    return pages.not_descendant_of(trash_page, inclusive=True)


class NewsroomPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    actions = {**PagesAdminAPIViewSet.actions, "delete": TrashPageAPIAction}


@hooks.register("construct_admin_api")
def delete_to_trash_through_the_api(router):
    router.register_endpoint("pages", NewsroomPagesAdminAPIViewSet)


@hooks.register("construct_homepage_panels")
def add_newsroom_panels(request, panels):
    """Put the role's newsroom panels first, in place of Wagtail's generic workflow panels."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in REPLACED]
    panels[:0] = newsroom_panels(request.user)


@hooks.register("insert_global_admin_css")
def newsroom_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("newsroom/admin.css"))


@hooks.register("insert_global_admin_js")
def newsroom_admin_js():
    """Live progress for sending issues and building editions (a static file, no inline code)."""
    return format_html('<script src="{}" defer></script>', static("newsroom/progress.js"))


@hooks.register("register_admin_viewset")
def register_story_viewset():
    return StoryViewSet()


@hooks.register("insert_editor_js")
def concurrent_editing_js():
    """Say plainly, above the form, who else has the story open (from Wagtail's session pings)."""
    return format_html('<script src="{}" defer></script>', static("newsroom/editing.js"))


@hooks.register("construct_homepage_panels")
def add_background_processes_panel(request, panels):
    if sees_background_processes(request.user):
        panels.append(BackgroundProcessesPanel())
