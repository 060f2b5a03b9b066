"""The webhooks in Wagtail's admin: editors manage addresses and read the delivery log."""

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from broadsheet.paper.wagtail_hooks import ViewersOnlyChooserViewSet

from .models import Delivery, Webhook


class DeliveryLogPolicy(ModelPermissionPolicy):
    """The log is written by the task queue only: editors may look, never add or change."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete", "publish", "lock", "unlock"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Delivery, DeliveryLogPolicy(Delivery), exact_class=True)


class WebhookViewSet(SnippetViewSet):
    model = Webhook
    chooser_viewset_class = ViewersOnlyChooserViewSet
    icon = "link-external"
    list_display = ["name", "url", "is_active", "created_at"]
    list_filter = ["is_active"]


class DeliveryViewSet(SnippetViewSet):
    model = Delivery
    chooser_viewset_class = ViewersOnlyChooserViewSet
    icon = "list-ul"
    list_display = [
        "event",
        "webhook",
        "article_id",
        "status",
        "attempts",
        "response_status",
        "created_at",
    ]
    list_filter = ["status", "event", "webhook"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "webhook",
        "event",
        "article_id",
        "status",
        "attempts",
        "response_status",
        "error",
        "created_at",
        "last_attempt_at",
        "next_attempt_at",
        "delivered_at",
        "payload",
    ]


class WebhooksGroup(SnippetViewSetGroup):
    menu_label = "Webhooks"
    menu_icon = "link-external"
    menu_order = 800
    items = (WebhookViewSet, DeliveryViewSet)


register_snippet(WebhooksGroup)
