from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "broadsheet.newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from . import jobs  # noqa: F401  registers the trash purge and scheduled publishing
