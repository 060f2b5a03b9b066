from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

admin_urlpatterns = [
    path("", admin_views.index, name="index"),
    path("plan/", admin_views.plan, name="plan"),
    path("<int:pk>/", admin_views.edition, name="edition"),
    path("<int:pk>/change/", admin_views.change, name="change"),
    path("<int:pk>/progress/", admin_views.progress, name="progress"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("editions/", include((admin_urlpatterns, "editions_admin")))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return MenuItem(
        "Today's Paper", reverse("editions_admin:index"), icon_name="doc-full", order=350
    )
