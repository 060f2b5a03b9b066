"""GET from an agency's server under the webhooks' address rules: no private or loopback hosts.

Every hop of a redirect is resolved and checked again, the connection goes to the checked
address, and a reply is read only up to a size limit.
"""

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings

from broadsheet.webhooks.outbound import (
    RefusedAddress,
    _PinnedHTTPConnection,
    _PinnedHTTPSConnection,
    resolve,
)

TIMEOUT = 15
MAX_REDIRECTS = 3
USER_AGENT = "Broadsheet-Wires/1"


class FetchFailed(Exception):
    """The address was refused, did not answer, or answered with an error or too much."""


@dataclass
class Reply:
    status: int
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    url: str = ""


def get(url, *, etag="", last_modified="", limit=None):
    """GET `url` (conditionally, when validators are given); 304 comes back with no body."""
    limit = limit or settings.BROADSHEET_WIRES_MAX_FILE_BYTES
    headers = {"User-Agent": USER_AGENT, "Accept": "*/*"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    for _hop in range(MAX_REDIRECTS + 1):
        status, reply_headers, body = request(url, headers, limit)
        if status in {301, 302, 303, 307, 308} and reply_headers.get("location"):
            url = urljoin(url, reply_headers["location"])
            continue
        if status == 304:
            return Reply(304, url=url, etag=etag, last_modified=last_modified)
        if status != 200:
            raise FetchFailed(f"{url} answered {status}")
        return Reply(
            200,
            body,
            etag=reply_headers.get("etag", ""),
            last_modified=reply_headers.get("last-modified", ""),
            url=url,
        )
    raise FetchFailed(f"{url}: more than {MAX_REDIRECTS} redirects")


def request(url, headers, limit):
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FetchFailed(f"{url!r} is not an http(s) address")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        address = resolve(parts.hostname, port)
    except (RefusedAddress, ConnectionError) as error:
        raise FetchFailed(str(error)) from None
    connection_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    connection = connection_class(parts.hostname, port, address, timeout=TIMEOUT)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read(limit + 1)
        reply_headers = {k.lower(): v for k, v in response.getheaders()}
    except (OSError, ValueError) as error:
        raise FetchFailed(f"{url}: {error}") from None
    finally:
        connection.close()
    if len(body) > limit:
        raise FetchFailed(f"{url}: more than {limit} bytes")
    return response.status, reply_headers, body


def fetch_picture(url):
    """Return a picture's bytes, or None when it cannot be had (the story goes on without it)."""
    try:
        return get(url, limit=settings.BROADSHEET_WIRES_MAX_PICTURE_BYTES).body
    except FetchFailed:
        return None
