from django.apps import AppConfig


class ReadershipConfig(AppConfig):
    name = "broadsheet.readership"
    verbose_name = "Readership"

    def ready(self):
        from . import jobs  # noqa: F401  registers the daily pruning of old read counts
