from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from broadsheet.newsletter.digest import build_issue
from broadsheet.newsletter.models import Newsletter


class Command(BaseCommand):
    help = "Build a newsletter's issue for a day (today by default) from the published stories."

    def add_arguments(self, parser):
        parser.add_argument("--newsletter", default="daily-briefing", help="Newsletter slug.")
        parser.add_argument("--day", type=date.fromisoformat, help="YYYY-MM-DD, default today.")

    def handle(self, *args, newsletter, day, **options):
        found = Newsletter.objects.filter(slug=newsletter).first()
        if found is None:
            slugs = ", ".join(Newsletter.objects.values_list("slug", flat=True))
            raise CommandError(f"No newsletter {newsletter!r}; there are: {slugs}.")
        issue, created = build_issue(found, day or timezone.localdate())
        verb = "Built" if created else "Already built"
        self.stdout.write(f"{verb} issue {issue.pk}: {issue.subject}")
        for story in issue.stories:
            self.stdout.write(f"  - {story['headline']} ({story['url']})")
