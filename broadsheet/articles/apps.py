from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "broadsheet.articles"
    verbose_name = "Articles and sections"

    def ready(self):
        from wagtail.signals import page_published

        from .changes import record_publication

        # Before the webhooks' receiver (a later app), which reads the change recorded here.
        page_published.connect(record_publication, dispatch_uid="broadsheet.articles.changes")
