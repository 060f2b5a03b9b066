from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "broadsheet.webhooks"
    verbose_name = "Webhooks"

    def ready(self):
        from . import signals  # noqa: F401  connects to Wagtail's publishing signals
