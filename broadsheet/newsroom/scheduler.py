"""The scheduler process: every few seconds, the recurring work (scheduled publishing and expiry,
agency folders and feeds) and the due daily jobs.

A pass that fails (the database is away) is logged and tried again after a growing wait; the
process itself never stops on an error.
"""

from .backoff import Backoff
from .heartbeat import Pulse
from .schedule import run_due_jobs, run_recurring_jobs

PROCESS = "scheduler"


class Scheduler:
    def __init__(self, report=print):
        self.report = report
        self.pulse = Pulse(PROCESS)
        self.backoff = Backoff()

    def tick(self):
        """Run one pass; return True when it went through."""
        try:
            self.pulse.beat("recurring work and daily jobs", force=self.backoff.failures > 0)
            for name, result in run_recurring_jobs().items():
                self.report(f"{name}: {result}")
            for name in run_due_jobs():
                self.report(f"Ran {name}.")
        except Exception as error:
            self.backoff.failed("Scheduler pass", error)
            return False
        self.backoff.reset()
        return True

    def next_wait(self, interval):
        """Seconds to wait before the next pass: the interval, or longer after failures."""
        return max(interval, self.backoff.delay())
