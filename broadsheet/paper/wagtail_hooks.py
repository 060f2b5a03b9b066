"""The breaking-news banner in the admin menu (editors set it, change it and take it down), and
the snippet chooser the paper's snippets use: open to their viewers only."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.urls import URLPattern
from wagtail.admin.panels import FieldPanel
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Banner


class ViewersOnlyChooserViewSet(SnippetChooserViewSet):
    """Wagtail's chooser lists every object to anyone in the admin; these only to their viewers."""

    def get_urlpatterns(self):
        return [
            URLPattern(
                pattern.pattern,
                self.viewers_only(pattern.callback),
                pattern.default_args,
                pattern.name,
            )
            for pattern in super().get_urlpatterns()
        ]

    def viewers_only(self, view):
        policy = policy_registry.get_by_type(self.model)

        @wraps(view)
        def view_for_viewers(request, *args, **kwargs):
            if not policy.user_has_any_permission(request.user, ["view", "change"]):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return view_for_viewers


class BannerViewSet(SnippetViewSet):
    model = Banner
    icon = "warning"
    menu_label = "Breaking banner"
    menu_order = 250
    add_to_admin_menu = True
    chooser_viewset_class = ViewersOnlyChooserViewSet
    list_display = ["text", "level", "expires_at", "updated_at"]
    list_filter = ["level"]
    ordering = ["-updated_at"]
    panels = [FieldPanel("text"), FieldPanel("link"), FieldPanel("level"), FieldPanel("expires_at")]


register_snippet(BannerViewSet)
