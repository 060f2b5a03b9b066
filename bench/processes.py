"""What the benchmarks that start the site share: a free port and the embedded site's environment."""

import os
import socket
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
