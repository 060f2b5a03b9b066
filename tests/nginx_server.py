"""Debian's nginx, started by a test on a port of its own with the shipped config (or another)."""

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

NGINX = "/usr/sbin/nginx"
ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CONFIG = ROOT / "deploy" / "nginx" / "broadsheet.conf"
ADAPT = "# adapt"


def adapt(config, values):
    """Give each line ending in "# adapt" the value its directive gets in `values`.

    Fails when the config has an adaptable line `values` does not name, or the reverse, so a
    change to the shipped file cannot slip past the tests.
    """
    seen = set()

    def replace(match):
        indent, directive = match.group(1), match.group(2)
        if directive not in values:
            raise AssertionError(f"the config's {directive!r} line has no test value")
        seen.add(directive)
        return f"{indent}{directive} {values[directive]};"

    adapted = re.sub(rf"^(\s*)(\S+) [^\n]*; *{re.escape(ADAPT)}$", replace, config, flags=re.M)
    assert seen == set(values), f"not in the config: {set(values) - seen}"
    return adapted


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes

    @property
    def text(self):
        return self.body.decode()

    @property
    def cache(self):
        """nginx's word for how it answered: HIT, MISS, STALE, BYPASS, UPDATING, EXPIRED…"""
        return self.headers.get("x-proxy-cache")


class NginxServer:
    """One nginx master with its own prefix, config, cache and logs under `directory`."""

    def __init__(self, directory, site_config):
        self.directory = Path(directory)
        self.port = None
        self.process = None
        for name in ("logs", "temp"):
            (self.directory / name).mkdir(parents=True, exist_ok=True)
        self.site_config = self.directory / "site.conf"
        self.site_config.write_text(site_config)
        self.access_log = self.directory / "logs" / "access.log"

    def main_config(self):
        temp = self.directory / "temp"
        user = "user root;\n" if os.geteuid() == 0 else ""
        return f"""{user}worker_processes 1;
pid {self.directory}/nginx.pid;
error_log {self.directory}/logs/error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    log_format refresh '$request_method $request_uri $status $upstream_cache_status $http_x_broadsheet_refresh';
    access_log {self.access_log} refresh;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {self.site_config};
}}
"""

    def start(self, port):
        self.port = port
        config = self.directory / "nginx.conf"
        config.write_text(self.main_config())
        check = subprocess.run(
            [NGINX, "-t", "-q", "-p", str(self.directory), "-c", str(config)],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stderr
        self.process = subprocess.Popen(
            [NGINX, "-p", str(self.directory), "-c", str(config), "-g", "daemon off;"],
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return self
            except OSError:
                if self.process.poll() is not None:
                    stderr = self.process.stderr.read().decode()
                    raise RuntimeError(f"nginx stopped: {stderr}") from None
                time.sleep(0.05)
        raise RuntimeError("nginx did not start listening")

    def reload(self, site_config):
        """Load a changed site config into the running nginx (its cache stays)."""
        self.site_config.write_text(site_config)
        old_workers = self.workers()
        self.process.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            workers = self.workers()
            if workers and not workers & old_workers:
                return
            time.sleep(0.05)
        raise RuntimeError("nginx did not reload")

    def workers(self):
        pid = self.process.pid
        found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
        return set(found.split())

    def get(self, path, host="localhost", headers=None, method="GET"):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, headers={"Host": host, **(headers or {})})
            response = connection.getresponse()
            body = response.read()
            found = {name.lower(): value for name, value in response.getheaders()}
            return Response(response.status, found, body)
        finally:
            connection.close()

    def log_lines(self):
        """The access log so far, one (method, uri, status, cache status, refresh) per request."""
        if not self.access_log.exists():
            return []
        return [tuple(line.split(" ", 4)) for line in self.access_log.read_text().splitlines()]

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def nginx_available():
    return Path(NGINX).exists() and os.access(NGINX, os.X_OK)


@pytest.fixture
def nginx_directory(tmp_path):
    if not nginx_available():
        from tests.conftest import skip_or_fail

        skip_or_fail(f"{NGINX} is missing (scripts/run-tests installs nginx-light)")
    directory = tmp_path / "nginx"
    yield directory
    shutil.rmtree(directory, ignore_errors=True)
