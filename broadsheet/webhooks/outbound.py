"""POST a delivery to a partner, refusing addresses inside our own network (`broadsheet.network`).

The host name is resolved once, every address it resolves to is checked, and the connection
is made to a checked address, so a name cannot resolve to something else between check and use.
"""

import hashlib
import hmac
import http.client
import socket
import ssl
from urllib.parse import urlsplit

from django.conf import settings

from broadsheet import network
from broadsheet.network import RefusedAddress

TIMEOUT = 10
MAX_RESPONSE = 64 * 1024
USER_AGENT = "Broadsheet-Webhooks/1"


def sign(secret, timestamp, body):
    """Return the hex HMAC-SHA256 of '<timestamp>.<body>' under `secret`."""
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def check_address(address):
    """Refuse non-public addresses (every IPv6 form unwrapped) unless in the allowed networks."""
    network.check_address(address, settings.BROADSHEET_WEBHOOKS_ALLOWED_NETWORKS)


def resolve(host, port):
    """Return one checked address for `host`; refuse if any address it resolves to is refused."""
    return network.resolve_public(host, port, settings.BROADSHEET_WEBHOOKS_ALLOWED_NETWORKS)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host, port, address, **kwargs):
        super().__init__(host, port, **kwargs)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, **kwargs):
        super().__init__(host, port, context=ssl.create_default_context(), **kwargs)
        self._address = address

    def connect(self):
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def post_json(url, body, headers):
    """POST `body` (bytes) to `url`; return (status, first bytes of the reply). No redirects."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise RefusedAddress(f"{url!r} is not an http(s) address.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = resolve(parts.hostname, port)
    connection_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    connection = connection_class(parts.hostname, port, address, timeout=TIMEOUT)
    path = parts.path or "/"
    if parts.query:
        path += f"?{parts.query}"
    try:
        connection.request(
            "POST",
            path,
            body=body,
            headers={"Content-Type": "application/json", "User-Agent": USER_AGENT, **headers},
        )
        response = connection.getresponse()
        return response.status, response.read(MAX_RESPONSE)
    finally:
        connection.close()
