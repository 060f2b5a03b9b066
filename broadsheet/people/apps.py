from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "broadsheet.people"
    verbose_name = "People"
