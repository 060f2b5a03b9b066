"""A static copy of the public site ("the bake"): pages, feeds, sitemaps, static files and media.

`bake(outdir)` renders every public address reachable from the front page, the sitemaps and
robots.txt, as an anonymous reader would get it, into files any static host can serve
(`/news/story/` → `news/story/index.html`, `?page=2` of a listing → `page-2.html` beside it, with
the pagination links rewritten to match). A manifest (`.bake-manifest.json`) files each address
under its surrogate keys, so `rebake(outdir, keys, paths)` re-renders only what shows a changed
story, removes what is gone and adds what is newly linked. Searches, forms and the admins need
the app and are left out.
"""

import json
import os
import re
import tempfile
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.test import Client
from wagtail.models import Site

from .caching import ANY_PUBLISH_KEY

MANIFEST = ".bake-manifest.json"
SEEDS = ("/", "/robots.txt", "/sitemap.xml", "/sitemap-news.xml", "/authors/")
LEFT_OUT = (
    "/admin/",
    "/django-admin/",
    "/search/",
    "/newsletter/",
    "/readership/",
    "/api/",
    "/subscribeNewsletter",
    "/documents/",
)
LINK = re.compile(r"""(?:href|src)="([^"#]+)"|<loc>([^<]+)</loc>|url\(["']?([^"')]+)""")
SRCSET = re.compile(r'srcset="([^"]+)"')
PAGE_LINK = re.compile(r'href="\?page=(\d+)"')
TEXT_TYPES = ("text/", "application/xml", "application/rss", "application/atom", "application/")


def file_for(address):
    """The file a baked address lives in, relative to the bake's folder; None if not bakeable."""
    parts = urlsplit(address)
    path = parts.path
    if parts.query:
        page = re.fullmatch(r"page=(\d+)", parts.query)
        if not page or not path.endswith("/"):
            return None
        return f"{path.lstrip('/')}page-{page.group(1)}.html"
    if path.endswith("/"):
        return f"{path.lstrip('/')}index.html"
    if "." in path.rsplit("/", 1)[-1]:
        return path.lstrip("/")
    return None


def rewrite_pagination(html):
    """Point `?page=N` links at the baked `page-N.html` files (page 1 is the folder itself)."""
    return PAGE_LINK.sub(
        lambda m: 'href="./"' if m.group(1) == "1" else f'href="page-{m.group(1)}.html"', html
    )


class Baker:
    """Render addresses in-process as an anonymous reader and keep them under `outdir`."""

    def __init__(self, outdir, base_url=None):
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        base = urlsplit(base_url or settings.BROADSHEET_BASE_URL)
        self.host = base.netloc
        self.client = Client(HTTP_HOST=self.host, headers={"User-Agent": "Broadsheet bake"})
        self.client.raise_request_exception = True
        self.own_hostnames = {base.hostname, *(site.hostname for site in Site.objects.all())}
        self.manifest = self.read_manifest()
        self.written = 0
        self.removed = 0

    def read_manifest(self):
        try:
            return json.loads((self.outdir / MANIFEST).read_text())
        except (OSError, ValueError):
            return {}

    def save_manifest(self):
        self.write(MANIFEST, json.dumps(self.manifest, indent=0, sort_keys=True).encode())

    def write(self, name, content):
        target = self.outdir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as handle:
            handle.write(content)
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, target)

    def internal(self, link, base):
        """The site-relative address a link points to, or None (another site, left out)."""
        address = urljoin(base, link.strip())
        parts = urlsplit(address)
        if parts.scheme not in {"", "http", "https"}:
            return None
        if parts.netloc and parts.hostname not in self.own_hostnames:
            return None
        path = parts.path or "/"
        if path.startswith(LEFT_OUT):
            return None
        address = path + (f"?{parts.query}" if parts.query else "")
        return address if file_for(address) else None

    def links(self, address, content, content_type):
        if not content_type.startswith(TEXT_TYPES) or content_type.startswith("application/pdf"):
            return []
        text = content.decode("utf-8", "replace")
        found = [next(group for group in match.groups() if group) for match in LINK.finditer(text)]
        for srcset in SRCSET.findall(text):
            found += [candidate.split()[0] for candidate in srcset.split(",") if candidate.split()]
        return [
            link for link in (self.internal(found_link, address) for found_link in found) if link
        ]

    def fetch(self, address):
        """Bake one address; return the addresses it links to."""
        name = file_for(address)
        for prefix, kind in ((settings.MEDIA_URL, "media"), (settings.STATIC_URL, "static")):
            if address.startswith(prefix):
                return self.copy_file(address, address[len(prefix) :], kind)
        response = self.client.get(address)
        if response.status_code != 200:
            return self.forget(address)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        content_type = response.get("Content-Type", "")
        links = self.links(address, content, content_type)
        if content_type.startswith("text/html"):
            content = rewrite_pagination(content.decode()).encode()
        self.write(name, content)
        keys = response.get("Surrogate-Key", "").split() or [ANY_PUBLISH_KEY]
        self.manifest[address] = {"file": name, "keys": keys}
        self.written += 1
        return links

    def copy_file(self, address, stored, kind):
        """Copy an upload (from the media storage) or a static file (collected, or found)."""
        if kind == "media":
            source = default_storage.path(stored) if default_storage.exists(stored) else None
        elif staticfiles_storage.exists(stored):
            source = staticfiles_storage.path(stored)
        else:
            source = finders.find(stored)
        if not source:
            return self.forget(address)
        content = Path(source).read_bytes()
        self.write(file_for(address), content)
        self.manifest[address] = {"file": file_for(address), "keys": [kind]}
        self.written += 1
        if kind == "static" and stored.endswith(".css"):
            return self.links(address, content, "text/css")
        return []

    def forget(self, address):
        """The address no longer answers: remove its file, so the static host says 404 too."""
        entry = self.manifest.pop(address, None)
        name = entry["file"] if entry else file_for(address)
        if name and (self.outdir / name).is_file():
            (self.outdir / name).unlink()
            self.removed += 1
        return []

    def crawl(self, addresses, known=()):
        """Bake `addresses`, then whatever they link to that is not in `known` or baked now."""
        seen = set(known) | set(addresses)
        queue = deque(addresses)
        while queue:
            for link in self.fetch(queue.popleft()):
                if link not in seen:
                    seen.add(link)
                    queue.append(link)

    def bake_not_found_page(self):
        response = self.client.get("/this-address-is-not-on-the-site/")
        if response.status_code == 404:
            self.write("404.html", response.content)


def bake(outdir, base_url=None):
    """Bake the whole public site into `outdir`; drop files of addresses no longer linked."""
    baker = Baker(outdir, base_url)
    before = set(baker.manifest)
    baker.manifest = {}
    baker.crawl(list(SEEDS))
    for address in before - set(baker.manifest):
        baker.forget(address)
    baker.bake_not_found_page()
    baker.save_manifest()
    return baker


def rebake(outdir, keys, addresses=(), base_url=None):
    """Re-render the baked addresses filed under `keys` and `addresses`; add new links."""
    baker = Baker(outdir, base_url)
    keys = set(keys) | {ANY_PUBLISH_KEY}
    affected = [address for address, entry in baker.manifest.items() if keys & set(entry["keys"])]
    affected += [urlsplit(address).path for address in addresses]
    baker.crawl(list(dict.fromkeys(affected)), known=baker.manifest)
    baker.save_manifest()
    return baker
