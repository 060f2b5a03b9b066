"""Keep the background processes running: start each, and restart any that stops.

A process that stops is started again after a wait that doubles with each quick failure (1 s up
to 60 s) and starts over once it has run for a minute. SIGTERM or Ctrl+C stops them all.
"""

import logging
import signal
import subprocess
import sys
import time
from dataclasses import dataclass

logger = logging.getLogger(__name__)

STEADY = 60.0  # seconds a process must run before its restarts count as fresh again
FIRST_WAIT = 1.0
LONGEST_WAIT = 60.0


def manage(*args):
    """The command line of a management command, run with this Python and these settings."""
    return [sys.executable, "-m", "django", *args]


@dataclass
class Child:
    name: str
    argv: list[str]
    log_path: str | None = None
    process: subprocess.Popen | None = None
    started: float = 0.0
    quick_failures: int = 0
    restart_at: float | None = None
    restarts: int = 0

    def wait_before_restart(self):
        return min(FIRST_WAIT * 2**self.quick_failures, LONGEST_WAIT)


class Supervisor:
    def __init__(self, children, clock=time.monotonic):
        self.children = children
        self.clock = clock
        self.stopping = False

    def start(self, child):
        output = open(child.log_path, "ab") if child.log_path else None  # noqa: SIM115
        try:
            child.process = subprocess.Popen(child.argv, stdout=output, stderr=subprocess.STDOUT)
        finally:
            if output:
                output.close()
        child.started = self.clock()
        child.restart_at = None
        logger.warning("Started %s (pid %d)", child.name, child.process.pid)

    def check(self, child):
        """Notice a stopped child and start it again once its wait is over."""
        now = self.clock()
        if child.process is not None and child.process.poll() is not None:
            code = child.process.returncode
            ran_for = now - child.started
            child.quick_failures = 0 if ran_for >= STEADY else child.quick_failures + 1
            wait = child.wait_before_restart()
            logger.error(
                "%s (pid %d) stopped with exit code %s after %.0f s; restarting in %.0f s",
                child.name, child.process.pid, code, ran_for, wait,
            )  # fmt: skip
            child.process = None
            child.restart_at = now + wait
        if child.process is None and (child.restart_at is None or now >= child.restart_at):
            if child.restart_at is not None:
                child.restarts += 1
            self.start(child)

    def stop(self, *args):
        self.stopping = True

    def shut_down(self, grace=10.0):
        """Ask every child to stop, and kill those still running after `grace` seconds."""
        running = [c.process for c in self.children if c.process and c.process.poll() is None]
        for process in running:
            process.terminate()
        deadline = time.monotonic() + grace
        for process in running:
            try:
                process.wait(max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def run(self, poll=0.5):
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        try:
            while not self.stopping:
                for child in self.children:
                    self.check(child)
                time.sleep(poll)
        finally:
            self.shut_down()
