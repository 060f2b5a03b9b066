from pathlib import Path

from django.core.management.base import BaseCommand

from broadsheet.newsroom.supervisor import Child, Supervisor, manage


class Command(BaseCommand):
    help = (
        "Run the task worker and the scheduler, and restart either when it stops "
        "(until SIGTERM or Ctrl+C)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--log-dir", help="Write worker.log and scheduler.log here.")
        parser.add_argument(
            "--scheduler-interval", type=float, default=15, help="Seconds between passes."
        )
        parser.add_argument(
            "--worker-interval", type=float, default=1, help="Seconds between queue checks."
        )

    def handle(self, *args, log_dir, scheduler_interval, worker_interval, skip_checks, **options):
        def log(name):
            return str(Path(log_dir) / f"{name}.log") if log_dir else None

        worker = ["run_worker", "--queue-name", "*", "--interval", str(worker_interval)]
        scheduler = ["run_scheduler", "--interval", str(scheduler_interval)]
        if skip_checks:
            worker.append("--skip-checks")
            scheduler.append("--skip-checks")
        Supervisor(
            [
                Child("worker", manage(*worker), log("worker")),
                Child("scheduler", manage(*scheduler), log("scheduler")),
            ]
        ).run()
