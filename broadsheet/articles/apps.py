from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "broadsheet.articles"
    verbose_name = "Articles and sections"
