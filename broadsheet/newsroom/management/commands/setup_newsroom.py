from django.core.management.base import BaseCommand

from broadsheet.home.setup import ensure_home_page
from broadsheet.newsroom.roles import set_up_roles


class Command(BaseCommand):
    help = "Create the home page if missing, the newsroom's roles and the review workflow."

    def handle(self, *args, **options):
        groups = set_up_roles(ensure_home_page())
        self.stdout.write(
            f"Roles ready: {', '.join(sorted(groups))}; review workflow on the home page."
        )
