"""What the benchmarks that start the site share: a free port and the embedded site's environment."""

import os
import socket
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def embedded_environment(data_dir, port, **settings):
    """The environment of the embedded site (SQLite, file cache) serving `data_dir` on `port`,
    with `settings` (environment variables) on top."""
    env = {**os.environ, "BROADSHEET_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="broadsheet.settings.base",
        BROADSHEET_BASE_URL=f"http://127.0.0.1:{port}",
        STATIC_ROOT=str(data_dir / "static"),
        LOG_LEVEL="WARNING",
    )
    env.update(settings)
    return env


def wait_for_port(port, process, what):
    """Wait up to a minute for `process` to listen on `port`; fail at once if it stops."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(f"{what} stopped before it listened") from None
            time.sleep(0.2)
    raise RuntimeError(f"{what} did not listen on port {port} within a minute")
