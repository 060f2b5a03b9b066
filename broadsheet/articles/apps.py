from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "broadsheet.articles"
    verbose_name = "Articles and sections"

    def ready(self):
        from . import signals  # noqa: F401
