from django.apps import AppConfig, apps
from django.db.models.signals import post_save


class ArticlesConfig(AppConfig):
    name = "broadsheet.articles"
    verbose_name = "Articles and sections"

    def ready(self):
        from wagtail.signals import page_published

        from .changes import record_publication

        # Before the webhooks' receiver (a later app) and the stored render's (below), which
        # read the change recorded here.
        page_published.connect(record_publication, dispatch_uid="broadsheet.articles.changes")
        from . import signals

        # Apps above this one whose changes show in stored renders, connected by name.
        post_save.connect(signals.byline_changed, sender=apps.get_model("people", "Person"))
        post_save.connect(
            signals.settings_changed,
            sender=apps.get_model("distribution", "DistributionSettings"),
        )
