"""The breaking-news banner in the admin menu: editors set it, change it and take it down."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Banner


class BannerViewSet(SnippetViewSet):
    model = Banner
    icon = "warning"
    menu_label = "Breaking banner"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["text", "level", "expires_at", "updated_at"]
    list_filter = ["level"]
    ordering = ["-updated_at"]
    panels = [FieldPanel("text"), FieldPanel("link"), FieldPanel("level"), FieldPanel("expires_at")]


register_snippet(BannerViewSet)
