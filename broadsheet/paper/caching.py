"""Every cache the paper keeps, what empties it, and the one way to read and write them.

Three mechanisms, all listed here:
- **Named caches**: values and template fragments cached per generation of the events they
  depend on; `cached_per_generation(name, compute)` and the `{% cached_fragment %}` tag are the
  only ways in, and every name is listed in `NAMED_CACHES` with its events. A change bumps only
  its own events (`changed("stories")`), so a publish refreshes what lists stories and leaves the
  navigation, the settings and the Today's Paper widget alone; `site_changed()` bumps them all.
- **Stored renders**: each live article's HTML, head tags, related articles and teaser photos,
  built at publish time into a row (`articles.ArticleRender`, see `STORED_RENDERS`) and rebuilt
  through the task queue; a page whose stored copy is missing or stale renders as before.
- **Surrogate keys**: the page cache tags each stored page with keys (the page, its section, its
  authors, its tags, the feeds…); `purge(*keys)` drops every page carrying one of them. The
  addresses a proxy in front keeps are noted per key too (`remember_proxy_address`), so a purge
  can refresh exactly those copies there (`proxy_addresses`; see `purge.py`).

The cache backends below keep pages serving while the cache server is down: every operation
fails soft (a miss, nothing stored) and the outage is logged once a minute.
"""

import logging
import os
import tempfile
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.dispatch import Signal

logger = logging.getLogger(__name__)

GENERATION_KEY = "broadsheet:content-generation"  # the "site" event's generation
EVENT_KEY_PREFIX = "broadsheet:generation:"
SURROGATE_KEY_PREFIX = "broadsheet:surrogate-key:"
PROXY_ADDRESSES_PREFIX = "broadsheet:proxy-addresses:"
# Every stored page carries this key; a change to the chrome (navigation, settings) purges it.
SITE_KEY = "site"
# Pages that name no keys of their own (search, the API, indexes) change with any publish.
ANY_PUBLISH_KEY = "any-publish"
# Pages that list other stories as related (every article): any unpublish purges them, so a story
# taken down leaves those lists at once (a new story may wait for them to expire to appear).
RELATED_KEY = "related"
# The corrections page and feed, and each story's page of what changed: purged by every publish.
CORRECTIONS_KEY = "corrections"
# What every open page polls for the breaking-news banner.
BANNER_PATH = "/banner.json"


# What can change, and so start a new generation of the named caches that depend on it.
EVENTS = {
    "site": "the chrome: sections, navigation, restrictions, settings; every named cache depends on it",
    "stories": "an article published, updated, unpublished, expired or deleted",
    "opinion": "an opinion piece published, updated, unpublished, expired or deleted",
    "edition": "an edition built",
}


@dataclass(frozen=True)
class NamedCache:
    """A cache the paper keeps: what it holds, what invalidates it, how long at most.

    `events` are what it depends on besides "site" (which every named cache depends on).
    `chrome` ones a request reads together, ahead, once recent requests have read them.
    """

    holds: str
    invalidated_by: str
    timeout: int = 3600
    events: tuple = ()
    # Small and read by most pages (the chrome): read ahead in one round trip with the others.
    chrome: bool = False


NAMED_CACHES = {
    "sections": NamedCache(
        "the live sections in tree order (masthead, front page, feeds)",
        "the site changing",
        chrome=True,
    ),
    "view-restrictions": NamedCache(
        "every page view restriction",
        "the site changing (restrictions bump it)",
        chrome=True,
    ),
    "paper-settings": NamedCache(
        "the paper settings of a site",
        "the site changing (saving the settings bumps it)",
        chrome=True,
    ),
    "latest-opinion": NamedCache(
        "the ids of the newest opinion pieces",
        "an opinion piece changing",
        events=("opinion",),
        chrome=True,
    ),
    "opinion-widget": NamedCache(
        "the opinion widget's HTML (template fragment), once for the site and once for each of"
        " the pieces it lists (their own pages leave themselves out)",
        "an opinion piece changing",
        timeout=300,
        events=("opinion",),
        chrome=True,
    ),
    "related-articles": NamedCache(
        "an article's related-articles block when its stored render is missing or stale",
        "any story changing",
        timeout=600,
        events=("stories",),
    ),
    "front-page-pool": NamedCache(
        "the stories the front page is built from, with their bylines and teaser photos",
        "any story changing (which rebuilds it at once)",
        timeout=300,
        events=("stories",),
    ),
    "front-page-index": NamedCache(
        "what the front page's choice reads of each story in its pool (id, kind, weight, time,"
        " section)",
        "any story changing (which rebuilds it at once)",
        timeout=300,
        events=("stories",),
    ),
    "front-page": NamedCache(
        "the front page's rendered story blocks (top stories, latest, section blocks) per site"
        " and per choice of stories",
        "any story changing",
        timeout=300,
        events=("stories",),
    ),
    "todays-paper": NamedCache(
        "the Today's Paper widget's HTML per site",
        "an edition built",
        timeout=600,
        events=("edition",),
        chrome=True,
    ),
    "most-read": NamedCache(
        "the most-read rows of an hour",
        "any story changing, or the next hour",
        timeout=300,
        events=("stories",),
        chrome=True,
    ),
    "common-summary-lexemes": NamedCache(
        "the words too common to rank related articles by (PostgreSQL)",
        "any story changing",
        events=("stories",),
    ),
    "feed-html": NamedCache(
        "an article's rendered body in the feeds",
        "any story changing",
        timeout=24 * 60 * 60,
        events=("stories",),
    ),
    "published-keys": NamedCache(
        "per page, the surrogate keys of the pages that showed its last published version",
        "the page's next publish or unpublish (purge.py), which purges them too",
        timeout=None,
    ),
    "proxy-addresses": NamedCache(
        "per surrogate key, the addresses the proxy in front keeps (with when each was last seen)",
        "nothing: entries older than BROADSHEET_CDN_MAX_AGE + BROADSHEET_STALE_IF_ERROR are dropped",
        timeout=None,
    ),
    "banner": NamedCache(
        "the breaking-news banner shown on every page (or none)",
        "a new generation (saving, deleting or the expiry of a banner bumps it)",
        chrome=True,
    ),
    "pages": NamedCache(
        "whole public pages for anonymous readers (the page cache)",
        "purging one of its surrogate keys; BROADSHEET_CDN_MAX_AGE, then kept stale for errors",
    ),
}

# Not in the cache but built ahead like one: what is stored per article, and what rebuilds it.
STORED_RENDERS = {
    "holds": "an article's body, header, corrections and topics (HTML), its head tags (Open Graph,"
    " JSON-LD, feed links), its related-articles block and its teaser photos",
    "built": "when the article is published (a task), by load_demo and by build_article_renders",
    "stale": "at once, in the same transaction, when the story, a story it lists as related, one"
    " of its authors, its section or the paper's settings change; the rebuild is a task",
}


def event_key(event):
    return GENERATION_KEY if event == "site" else EVENT_KEY_PREFIX + event


# Within a request every event's generation is read once, all in one round trip, and kept: the
# page is built from one set of named caches, each read at most once (a value is kept under its
# generation's key). `changed()` forgets the generations, so a request that publishes reads the
# new ones.
_request = Local()
# Sent after `changed(*events)`: what is worth rebuilding at once can be (the front page's pool).
generations_changed = Signal()


# The chrome's named caches recent requests read, newest last: a request reads them all in one
# round trip after the generations (`prefetch_named_caches`), not one by one as it renders.
_recently_read = OrderedDict()
_recently_read_lock = threading.Lock()
RECENTLY_READ_MAX = 40


def start_request_generations(**kwargs):
    _request.generations = {}
    _request.values = {}
    _request.names = set()


def end_request_generations(**kwargs):
    names = [name for name in getattr(_request, "names", None) or () if named_cache(name).chrome]
    with _recently_read_lock:
        for name in names:
            _recently_read[name] = True
            _recently_read.move_to_end(name)
        while len(_recently_read) > RECENTLY_READ_MAX:
            _recently_read.popitem(last=False)
    _request.generations = None
    _request.values = None
    _request.names = None


def prefetch_named_caches():
    """Read the current values of the named caches recent requests read, in one round trip."""
    with _recently_read_lock:
        names = list(_recently_read)
    keys = {generation_key(name): name for name in names}
    if keys:
        _request.values.update(cache.get_many(keys))


request_started.connect(start_request_generations, dispatch_uid="broadsheet-generations-start")
request_finished.connect(end_request_generations, dispatch_uid="broadsheet-generations-end")


def generations(events):
    """Return the current generation of each of `events` (at most one cache round trip)."""
    kept = getattr(_request, "generations", None)
    if kept is None:
        return read_generations(events)
    if not kept.keys() >= set(events):
        kept.update(read_generations({*EVENTS, *events}))
        prefetch_named_caches()
    return {event: kept[event] for event in events}


def read_generations(events):
    keys = {event_key(event): event for event in events}
    found = cache.get_many(keys)
    for key in keys.keys() - found.keys():
        cache.add(key, 1, timeout=None)
        found[key] = cache.get(key, 1)
    return {event: found[key] for key, event in keys.items()}


def content_generation():
    """Return the site's generation, a number that changes whenever the chrome does."""
    return generations(["site"])["site"]


def changed(*events):
    """Start a new generation of `events`: the named caches that depend on them recompute."""
    for event in events:
        if event not in EVENTS:
            raise KeyError(f"{event!r} is not listed in broadsheet.paper.caching.EVENTS")
        try:
            cache.incr(event_key(event))
        except ValueError:
            cache.set(event_key(event), read_generations([event])[event] + 1, timeout=None)
    if getattr(_request, "generations", None):
        _request.generations = {}
    generations_changed.send(sender=None, events=events)


def bump_content_generation(**kwargs):
    """Start a new generation of every event: every named cache is recomputed on its next read."""
    changed(*EVENTS)


def named_cache(name):
    """Return the registry entry of `name` ("sections", or "most-read:2026120104")."""
    try:
        return NAMED_CACHES[name.split(":", 1)[0]]
    except KeyError:
        raise KeyError(f"{name!r} is not listed in broadsheet.paper.caching.NAMED_CACHES") from None


def generation_key(name):
    found = generations(["site", *named_cache(name).events])
    return f"broadsheet:{name}:" + ".".join(str(found[event]) for event in sorted(found))


def cached_per_generation(name, compute, timeout=None, refresh=False):
    """Return `compute()`, cached under `name` until the content generation changes.

    `refresh` computes it anew and stores it even when the cache holds it already.
    """
    timeout = named_cache(name).timeout if timeout is None else timeout
    key = generation_key(name)
    kept = getattr(_request, "values", None)
    if kept is not None:
        _request.names.add(name)
        if key in kept and not refresh:
            return kept[key]
    value = None if refresh else cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    if kept is not None:
        kept[key] = value
    return value


def cached_each_per_generation(name, parts, compute):
    """Return {part: compute(part)} for each of `parts`, cached one by one per generation."""
    entry = named_cache(name)
    prefix = generation_key(name)
    keys = {f"{prefix}:{part}": part for part in parts}
    found = cache.get_many(keys)
    missing = {key: compute(part) for key, part in keys.items() if key not in found}
    if missing:
        cache.set_many(missing, entry.timeout)
    return {part: found.get(key, missing.get(key)) for key, part in keys.items()}


def fragment_key(name, *vary_on):
    """Name a template fragment cached per generation: `opinion-widget:42`."""
    named_cache(name)
    return ":".join([name, *(str(part) for part in vary_on)])


def surrogate_key_versions(keys, created_at):
    """Return the version of each surrogate key: the time of its last purge.

    A key never seen (or evicted) is created with `created_at`, the time the page began to
    render, so copies stored before the eviction never match it again.
    """
    cache_keys = {SURROGATE_KEY_PREFIX + key: key for key in keys}
    found = cache.get_many(cache_keys)
    for cache_key in cache_keys.keys() - found.keys():
        cache.add(cache_key, created_at, timeout=None)
    if len(found) < len(cache_keys):
        found = cache.get_many(cache_keys)
    return {key: found.get(cache_key) for cache_key, key in cache_keys.items()}


def current_versions(keys):
    """Return the versions of `keys` as they stand, None for a key never seen or evicted."""
    found = cache.get_many([SURROGATE_KEY_PREFIX + key for key in keys])
    return {key: found.get(SURROGATE_KEY_PREFIX + key) for key in keys}


def purge(*keys):
    """Drop every stored page that carries one of `keys` (they stay as stale copies for errors)."""
    now = time.time()
    cache.set_many({SURROGATE_KEY_PREFIX + key: now for key in keys}, timeout=None)


def expire(keys, events=("site",)):
    """Start a new generation of `events` and purge `keys`; inside a transaction, again on commit.

    Until the commit, a reader still reads the rows as they were and could store that copy under
    the new generation and key versions: expiring them again once the change shows drops it.
    """
    expire_now(keys, events)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: expire_now(keys, events))


def expire_now(keys, events):
    if "site" in events:
        bump_content_generation()
    else:
        changed(*sorted(events))
    purge(*sorted(keys))


def site_changed(**kwargs):
    """The chrome changed (navigation, settings, restrictions): new generation, purge every page."""
    expire([SITE_KEY])


def banner_changed():
    """The breaking-news banner changed: new generation, every stored page purged.

    `/banner.json` is filed under the site key too; `purge.banner_refreshed` also refreshes the
    proxy's copy of it, which open pages poll.
    """
    site_changed()


def add_surrogate_keys(response, *keys):
    """Tag `response` with surrogate keys, for the page cache and a CDN.

    Sent twice, in the two spellings CDNs read: `Surrogate-Key` (space-separated; Fastly,
    Varnish xkey) and `Cache-Tag` (comma-separated; Cloudflare, Akamai).
    """
    existing = response.get("Surrogate-Key", "").split()
    merged = existing + [key for key in keys if key not in existing]
    response["Surrogate-Key"] = " ".join(merged)
    response["Cache-Tag"] = ",".join(merged)
    return response


def proxy_refreshable(key):
    """Tell whether the proxy in front is refreshed page by page when `key` is purged.

    `site` and `any-publish` file nearly every page (the chrome, searches, the API): a change
    to them would mean re-rendering the whole site through the proxy, so the proxy's copies of
    those let BROADSHEET_CDN_MAX_AGE run out instead.
    """
    return key not in {SITE_KEY, ANY_PUBLISH_KEY}


def remember_proxy_address(address, keys):
    """Note that the proxy in front keeps `address` (scheme://host/path?query) under `keys`."""
    now = time.time()
    for key in filter(proxy_refreshable, keys):
        remember_address(PROXY_ADDRESSES_PREFIX + key, address, now)


def proxy_addresses(*keys):
    """The addresses the proxy in front may still keep under any of `keys`, newest seen first."""
    since = time.time() - settings.BROADSHEET_CDN_MAX_AGE - settings.BROADSHEET_STALE_IF_ERROR
    found = {}
    for key in filter(proxy_refreshable, keys):
        for address, seen in addresses(PROXY_ADDRESSES_PREFIX + key, since).items():
            found[address] = max(seen, found.get(address, 0))
    return sorted(found, key=found.get, reverse=True)


class CacheOutage:
    """The state of the cache server as this process saw it, shared by every cache instance."""

    retry_after = 5  # seconds without trying the server after a failure
    log_every = 60  # seconds between two log lines about the same outage

    def __init__(self):
        self.down_until = 0.0
        self.logged_at = None

    def is_down(self):
        return time.time() < self.down_until

    def record(self, error):
        now = time.time()
        self.down_until = now + self.retry_after
        if self.logged_at is None or now - self.logged_at >= self.log_every:
            self.logged_at = now
            logger.error("The cache is unavailable; pages render without it: %s", error)

    def recovered(self):
        if self.logged_at is not None and not self.is_down():
            self.logged_at = None
            logger.warning("The cache is available again.")


def cache_errors():
    """The exceptions that mean the cache server cannot be reached."""
    try:
        from redis.exceptions import RedisError
    except ImportError:  # the embedded setup runs without the redis client
        return (OSError,)
    return (RedisError, OSError)


def remember_address(key, address, seen):
    """Add `address` to the set kept under `key`, with when it was seen.

    Redis does it in one atomic step; other caches read, then write (a race may lose one, whose
    copy in the proxy then lasts its BROADSHEET_CDN_MAX_AGE).
    """
    if hasattr(cache, "remember_address"):
        return cache.remember_address(key, address, seen)
    found = cache.get(key) or {}
    found[address] = seen
    cache.set(key, found, timeout=None)


def addresses(key, since):
    """Return {address: seen} kept under `key`, dropping those not seen since `since`."""
    if hasattr(cache, "addresses"):
        return cache.addresses(key, since)
    found = cache.get(key) or {}
    return {address: seen for address, seen in found.items() if seen >= since}


class ResilientCacheMixin:
    """Turn a failing cache into an empty one: reads miss, writes vanish, pages still render."""

    outage = CacheOutage()

    def _soft(self, default, operation, *args, **kwargs):
        if self.outage.is_down():
            return default
        try:
            result = operation(*args, **kwargs)
        except cache_errors() as error:
            self.outage.record(error)
            return default
        self.outage.recovered()
        return result

    def get(self, key, default=None, version=None):
        return self._soft(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(None, super().set, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(False, super().add, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._soft(False, super().delete, key, version)

    def has_key(self, key, version=None):
        return self._soft(False, super().has_key, key, version)

    def get_many(self, keys, version=None):
        return self._soft({}, super().get_many, keys, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._soft(None, super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        result = self._soft(None, super().incr, key, delta, version)
        if result is None:
            raise ValueError(f"Key '{key}' not found (the cache is unavailable)")
        return result

    def clear(self):
        return self._soft(None, super().clear)


class PooledRedisCacheClient(RedisCacheClient):
    """Django's Redis client, keeping one redis-py client per connection pool.

    Django builds a new `redis.Redis` for every cache call, which costs more than the round
    trip itself; a client is thread-safe over its pool, so one is made and kept.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


# One client (and its connection pools) per process for each configured server, shared by the
# cache objects Django makes per thread; redis-py's pools start afresh in a forked worker.
_redis_clients = {}
_redis_clients_lock = threading.Lock()


class ResilientRedisCache(ResilientCacheMixin, RedisCache):
    """Django's Redis cache that fails soft when Redis is down, with one client per process."""

    @cached_property
    def _cache(self):
        key = (tuple(self._servers), repr(sorted(self._options.items())))
        client = _redis_clients.get(key)
        if client is None:
            with _redis_clients_lock:
                client = _redis_clients.get(key)
                if client is None:
                    client = _redis_clients[key] = PooledRedisCacheClient(
                        self._servers, **self._options
                    )
        return client

    def remember_address(self, key, address, seen):
        """Add `address` to a sorted set scored by when it was seen: one atomic round trip."""
        key = self.make_and_validate_key(key)
        self._soft(None, lambda: self._cache.get_client(key, write=True).zadd(key, {address: seen}))

    def addresses(self, key, since):
        key = self.make_and_validate_key(key)

        def read():
            client = self._cache.get_client(key, write=True)
            client.zremrangebyscore(key, "-inf", f"({since}")
            return {
                member.decode(): score
                for member, score in client.zrange(key, 0, -1, withscores=True)
            }

        return self._soft({}, read)


class ResilientFileBasedCache(ResilientCacheMixin, FileBasedCache):
    """Django's file cache that fails soft when its folder cannot be read or written."""

    # Django lists the whole folder on every write to keep it under MAX_ENTRIES; with thousands of
    # entries (a batch of agency copy notes a key per story) the listing costs far more than the
    # write. Count once every CULL_EVERY writes: the folder may pass the limit by that many.
    CULL_EVERY = 100
    _writes = 0

    def _cull(self):
        self._writes += 1
        if self._writes % self.CULL_EVERY == 1:
            super()._cull()

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(False, self._add_atomically, key, value, timeout, version)

    def _add_atomically(self, key, value, timeout, version):
        """Add `key` in one step, as Redis does: of several processes adding it, one succeeds.

        Django's file cache checks for the file, then writes it, so two processes could both
        take the page cache's render lock and both render. Here the written file is hard-linked
        into place, which fails when the file is already there.
        """
        if self.has_key(key, version):  # also removes an expired file
            return False
        self._createdir()
        self._cull()
        fd, written = tempfile.mkstemp(dir=self._dir)
        try:
            with open(fd, "wb") as file:
                self._write_content(file, timeout, value)
            os.link(written, self._key_to_file(key, version))
        except FileExistsError:
            return False
        finally:
            os.remove(written)
        return True
