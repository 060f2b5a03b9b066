"""The wire desk in the admin menu (incoming items, quarantine, agencies); killed stories stay down."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from broadsheet.webhooks.wagtail_hooks import ViewersOnlyChooserViewSet

from . import admin_import, admin_views  # noqa: F401  admin_import registers the web page import
from .models import Agency, ItemState, WireItem

admin_urlpatterns = [
    path("", admin_views.desk, name="desk"),
    path("items/<int:pk>/", admin_views.item, name="item"),
    path("items/<int:pk>/publish/", admin_views.publish, name="publish"),
    path("items/<int:pk>/spike/", admin_views.spike, name="spike"),
    path("quarantine/", admin_views.quarantine, name="quarantine"),
    path("quarantine/<int:pk>/retry/", admin_views.retry, name="retry"),
]


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "globe"
    add_to_admin_menu = False
    # Reached from the wire desk's own menu, so it stays out of the Snippets index.
    menu_item_is_registered = True
    chooser_viewset_class = ViewersOnlyChooserViewSet
    list_display = ["name", "default_section", "publish_on_arrival", "folder", "feed_url"]
    search_fields = ["name"]


agencies = AgencyViewSet()
register_snippet(agencies)


class DeskMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_use_desk(request.user)


class AgenciesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wires.change_agency")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("wires/", include((admin_urlpatterns, "wires_admin")))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    menu = Menu(
        items=[
            DeskMenuItem("Incoming", reverse("wires_admin:desk"), icon_name="list-ul", order=1),
            DeskMenuItem(
                "Quarantine", reverse("wires_admin:quarantine"), icon_name="warning", order=2
            ),
            AgenciesMenuItem(
                "Agencies", reverse(agencies.get_url_name("list")), icon_name="globe", order=3
            ),
        ]
    )
    return SubmenuMenuItem("Wire desk", menu, icon_name="globe", order=250)


def taken_down(page):
    """The desk item that took this page down (killed, withheld or spiked), if any."""
    return WireItem.objects.filter(
        article_id=page.pk, state__in=[ItemState.KILLED, ItemState.WITHHELD, ItemState.SPIKED]
    ).first()


@hooks.register("before_edit_page")
def say_why_a_wire_story_is_down(request, page):
    item = taken_down(page)
    if item is not None:
        messages.warning(request, f"This agency story is off the site: {item.reason}")


@hooks.register("before_publish_page")
def refuse_to_republish_a_killed_story(request, page):
    item = taken_down(page)
    if item is not None:
        messages.error(request, f"Not published: {item.reason} A killed story stays down.")
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
