from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "broadsheet.newsroom"
    verbose_name = "Newsroom"
