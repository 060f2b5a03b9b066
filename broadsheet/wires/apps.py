from django.apps import AppConfig


class WiresConfig(AppConfig):
    name = "broadsheet.wires"
    verbose_name = "Wire desk"

    def ready(self):
        from . import signals  # noqa: F401
