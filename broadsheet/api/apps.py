from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "broadsheet.api"
    label = "broadsheet_api"
    verbose_name = "Content API"
