from django.apps import AppConfig


class PaperConfig(AppConfig):
    name = "broadsheet.paper"
    verbose_name = "The paper"

    def ready(self):
        from . import purge  # noqa: F401
