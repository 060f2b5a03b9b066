from django.apps import AppConfig


class DistributionConfig(AppConfig):
    name = "broadsheet.distribution"
    verbose_name = "Distribution: feeds, sitemaps, structured data"
