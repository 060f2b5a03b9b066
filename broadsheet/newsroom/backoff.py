"""Wait longer after each consecutive failure, so an outage is not hammered."""

import logging

from django.db import close_old_connections

logger = logging.getLogger(__name__)


class Backoff:
    """Delays of `first`, doubling up to `longest` seconds; `reset()` after a success."""

    def __init__(self, first=1.0, longest=60.0):
        self.first = first
        self.longest = longest
        self.failures = 0

    def delay(self):
        """Seconds to wait after the failures so far (0 when there were none)."""
        if not self.failures:
            return 0.0
        return min(self.first * 2 ** (self.failures - 1), self.longest)

    def failed(self, what, error):
        """Log the failure (in full the first time), drop broken connections; return the wait."""
        self.failures += 1
        delay = self.delay()
        if self.failures == 1:
            logger.error("%s failed; retrying in %.0f s", what, delay, exc_info=error)
        else:
            logger.warning("%s failed again (%s); retrying in %.0f s", what, error, delay)
        close_old_connections()
        return delay

    def reset(self):
        if self.failures:
            logger.warning("Recovered after %d failed attempts", self.failures)
        self.failures = 0
