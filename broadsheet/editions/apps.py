from django.apps import AppConfig


class EditionsConfig(AppConfig):
    name = "broadsheet.editions"
    label = "editions"
    verbose_name = "Today's Paper"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import jobs  # noqa: F401  registers the daily edition build with the scheduler
