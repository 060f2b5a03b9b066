import time

from django.core.management.base import BaseCommand, CommandError

from broadsheet.newsletter.models import Delivery, Issue, IssueStatus
from broadsheet.newsletter.sending import fill_ledger, finish_if_done, send_issue_now
from broadsheet.newsletter.tasks import send_issue


class Progress:
    """A one-line progress bar on the command's stderr: done/total, percentage and rate."""

    def __init__(self, total, stream, width=30):
        self.total, self.stream, self.width = max(total, 1), stream, width
        self.done = 0
        self.started = time.monotonic()

    def __call__(self, step=1):
        self.done += step
        if self.done % 50 and self.done != self.total:
            return
        self.draw()

    def draw(self):
        filled = int(self.width * min(self.done / self.total, 1))
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] {self.done:,}/{self.total:,} "
            f"{100 * self.done / self.total:5.1f}%  {rate:,.0f} msg/s",
            ending="",
        )
        self.stream.flush()


class Command(BaseCommand):
    help = "Send an issue: enqueue it for the task worker, or (--here) submit it in this process."

    def add_arguments(self, parser):
        parser.add_argument("issue", type=int, help="The issue's id (see build_digest).")
        parser.add_argument(
            "--here", action="store_true", help="Submit here with a progress bar, not via tasks."
        )

    def handle(self, *args, issue, here, **options):
        found = Issue.objects.select_related("newsletter").filter(pk=issue).first()
        if found is None:
            raise CommandError(f"No issue with id {issue}.")
        if found.status == IssueStatus.SENT:
            self.stdout.write(f"{found} was already submitted: {found.counts()}")
            return
        if found.status == IssueStatus.HELD:
            Issue.objects.filter(pk=found.pk).update(status=IssueStatus.DRAFT)
        if not here:
            send_issue.enqueue(found.pk)
            self.stdout.write(f"Enqueued {found} for the task worker (queue 'newsletter').")
            return
        fill_ledger(found)
        total = Delivery.objects.filter(issue=found, state__in=["queued", "sending"]).count()
        progress = Progress(total, self.stderr)
        outcome = send_issue_now(found, progress=progress)
        progress.draw()
        self.stderr.write("")
        finish_if_done(found)
        self.stdout.write(f"{found}: {outcome}; ledger {found.counts()}")
