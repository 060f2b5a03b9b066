from django.apps import AppConfig


class PhotosConfig(AppConfig):
    name = "broadsheet.photos"
    verbose_name = "Photo desk"

    def ready(self):
        from . import signals  # noqa: F401
