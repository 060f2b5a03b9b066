from django.apps import AppConfig


class WiresConfig(AppConfig):
    name = "broadsheet.wires"
    verbose_name = "Wire desk"
