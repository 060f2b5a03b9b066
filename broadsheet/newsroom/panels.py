"""The editors' dashboard panel that says whether mail, editions and scheduled stories are moving."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from .health import check_health
from .roles import EDITORS


def sees_background_processes(user):
    return user.is_superuser or user.groups.filter(name=EDITORS).exists()


class BackgroundProcessesPanel(Component):
    name = "background_processes"
    template_name = "newsroom/background_processes_panel.html"
    order = 90  # above the lists: a stalled worker is news to every editor

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["health"] = check_health()
        context["now"] = timezone.now()
        return context
