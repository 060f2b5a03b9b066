"""The newsroom's dashboard panels and editing aids in the Wagtail admin."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from .dashboard import REPLACED, newsroom_panels
from .editing import StoryViewSet


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
