"""Live blogs in the admin: the live desk, its menu item, a header button, the create view."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from broadsheet.newsroom.editing import StoryViewSet

from . import admin_views, posting
from .models import LiveBlogPage

urlpatterns = [
    path("", admin_views.index, name="index"),
    path("<int:pk>/", admin_views.desk, name="desk"),
    path("entries/<int:pk>/publish/", admin_views.publish, name="publish"),
    path("entries/<int:pk>/withdraw/", admin_views.withdraw, name="withdraw"),
    path("entries/<int:pk>/delete/", admin_views.delete, name="delete"),
    path("entries/<int:pk>/edit/", admin_views.edit_entry, name="edit"),
    path("entries/<int:pk>/edit/publish/", admin_views.publish_edit, name="publish_edit"),
    path("entries/<int:pk>/edit/discard/", admin_views.discard_edit, name="discard_edit"),
]


@hooks.register("register_admin_urls")
def register_live_desk_urls():
    return [path("liveblogs/", include((urlpatterns, "liveblogs_admin")))]


class LiveBlogsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(posting.POST_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_live_blogs_menu_item():
    return LiveBlogsMenuItem(
        "Live blogs", reverse("liveblogs_admin:index"), icon_name="time", order=250
    )


@hooks.register("register_page_header_buttons")
def live_desk_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, LiveBlogPage) and user.has_perm(posting.POST_PERMISSION):
        yield PageMenuItem(
            "Live desk",
            url=reverse("liveblogs_admin:desk", args=[page.pk]),
            icon_name="time",
            priority=5,
            page=page,
        )


class LiveBlogViewSet(StoryViewSet):
    """Live blogs are created like stories: no draft until someone saves."""

    model = LiveBlogPage
    name = "live_blogs"


@hooks.register("register_admin_viewset")
def register_live_blog_viewset():
    return LiveBlogViewSet()
