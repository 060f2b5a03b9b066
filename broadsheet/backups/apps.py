from django.apps import AppConfig


class BackupsConfig(AppConfig):
    name = "broadsheet.backups"
    verbose_name = "Backups"
