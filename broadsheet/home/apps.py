from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "broadsheet.home"
    verbose_name = "Home page"
