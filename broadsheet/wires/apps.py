from django.apps import AppConfig


class WiresConfig(AppConfig):
    name = "broadsheet.wires"
    verbose_name = "Wire desk"

    def ready(self):
        from . import jobs, signals  # noqa: F401  jobs: folders and feeds on every scheduler pass
