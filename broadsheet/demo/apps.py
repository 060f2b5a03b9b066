from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "broadsheet.demo"
    verbose_name = "Demo newspaper"
