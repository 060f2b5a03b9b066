from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "broadsheet.newsletter"
    verbose_name = "Newsletter"

    def ready(self):
        from . import jobs  # noqa: F401  registers the daily digest with the newsroom scheduler
