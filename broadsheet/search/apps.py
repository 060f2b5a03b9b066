from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "broadsheet.search"
    label = "broadsheet_search"
    verbose_name = "Search"

    def ready(self):
        from . import signals  # noqa: F401
