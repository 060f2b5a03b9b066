"""The newsletter in the Wagtail admin: subscribers and issues, grouped under one menu item."""

import django_filters
from django.db.models import Count, Q
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton, ListingButton

from . import admin_views
from .models import DeliveryState, Issue, Newsletter, Subscriber, SubscriberState


class SubscriberFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(choices=SubscriberState.choices)
    newsletter = django_filters.ModelChoiceFilter(
        label="Newsletter",
        queryset=Newsletter.objects.all(),
        field_name="subscriptions__newsletter",
        method="filter_newsletter",
    )

    class Meta:
        model = Subscriber
        fields = ["state", "newsletter"]

    def filter_newsletter(self, queryset, name, value):
        return queryset.filter(
            subscriptions__newsletter=value, subscriptions__active=True
        ).distinct()


class SubscriberIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            ListingButton(
                "Erase",
                url=reverse("newsletter_admin:erase", args=[instance.pk]),
                icon_name="bin",
                priority=40,
            )
        )
        return buttons


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    name = "newsletter_subscribers"
    url_prefix = "newsletter/subscribers"
    icon = "user"
    menu_label = "Subscribers"
    index_view_class = SubscriberIndexView
    list_display = ["email", "state", "created_at", "confirmed_at"]
    filterset_class = SubscriberFilterSet
    search_fields = ["email"]
    search_backend_name = None
    list_export = ["email", "state", "created_at", "confirmed_at", "newsletter_names"]
    export_headings = {"newsletter_names": "Newsletters"}
    export_filename = "subscribers"
    form_fields = ["state", "suppressed_reason"]
    copy_view_enabled = False
    add_to_reference_index = False


class IssueIndexView(generic.IndexView):
    @property
    def header_buttons(self):
        """Offer building an issue from the stories rather than an empty one from a form."""
        if not self.request.user.has_perm("newsletter.change_issue"):
            return []
        return [
            HeaderButton("Build an issue", url=reverse("newsletter_admin:build"), icon_name="plus")
        ]

    def get_base_queryset(self):
        rows = "deliveries__state"
        return (
            super()
            .get_base_queryset()
            .select_related("newsletter")
            .annotate(
                queued=Count("deliveries", filter=Q(**{f"{rows}__in": ["queued", "sending"]})),
                sent=Count(
                    "deliveries",
                    filter=Q(**{f"{rows}__in": [DeliveryState.SENT, DeliveryState.UNCONFIRMED]}),
                ),
                failed=Count("deliveries", filter=Q(**{rows: DeliveryState.FAILED})),
                suppressed=Count("deliveries", filter=Q(**{rows: DeliveryState.SUPPRESSED})),
            )
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            ListingButton(
                "Preview, test send and send",
                url=reverse("newsletter_admin:issue", args=[instance.pk]),
                icon_name="view",
                priority=5,
            )
        )
        return buttons


class IssueViewSet(ModelViewSet):
    model = Issue
    name = "newsletter_issues"
    url_prefix = "newsletter/issues"
    icon = "mail"
    menu_label = "Issues"
    index_view_class = IssueIndexView
    list_display = [
        Column("title", label="Issue", accessor="__str__"),
        "status",
        "send_at",
        Column("queued", label="Queued"),
        Column("sent", label="Sent"),
        Column("failed", label="Failed"),
        Column("suppressed", label="Suppressed"),
    ]
    list_filter = ["newsletter", "status"]
    form_fields = ["subject", "intro"]
    copy_view_enabled = False
    add_to_reference_index = False


class NewsletterViewSetGroup(ModelViewSetGroup):
    menu_label = "Newsletter"
    menu_icon = "mail"
    menu_order = 300
    items = [IssueViewSet, SubscriberViewSet]


@hooks.register("register_admin_viewset")
def register_newsletter_viewsets():
    return NewsletterViewSetGroup()


admin_urls = [
    path("build/", admin_views.build, name="build"),
    path("issues/<int:pk>/progress/", admin_views.issue_progress, name="progress"),
    path("issues/<int:pk>/", admin_views.issue_detail, name="issue"),
    path("issues/<int:pk>/preview/", admin_views.preview_issue, name="preview"),
    path("issues/<int:pk>/test-send/", admin_views.test_send, name="test_send"),
    path("issues/<int:pk>/send-now/", admin_views.send_now, name="send_now"),
    path("issues/<int:pk>/hold/", admin_views.hold, name="hold"),
    path("subscribers/<int:pk>/erase/", admin_views.erase_subscriber, name="erase"),
]


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls():
    return [path("newsletter/", include((admin_urls, "newsletter_admin")))]
