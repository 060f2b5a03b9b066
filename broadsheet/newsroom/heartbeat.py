"""Each background process writes a heartbeat row, so the health check can tell it is alive."""

import os
import socket

from django.utils import timezone


class Pulse:
    """The heartbeat of one process, written at most once per `every` seconds."""

    def __init__(self, process, every=10):
        self.process = process
        self.every = every
        self.started_at = timezone.now()
        self.last = None

    def beat(self, status="", force=False):
        """Record that the process is alive and what it is doing; return True when written."""
        from .models import Heartbeat

        now = timezone.now()
        if not force and self.last is not None and (now - self.last).total_seconds() < self.every:
            return False
        Heartbeat.objects.update_or_create(
            process=self.process,
            defaults={
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "started_at": self.started_at,
                "beat_at": now,
                "status": status[:255],
            },
        )
        self.last = now
        return True
