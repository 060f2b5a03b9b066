"""The Redis cache keeps one client, and its connections, for the whole process."""

import threading

from django.core.cache import caches
from django.test import override_settings


def redis_caches(url):
    return {
        "default": {
            "BACKEND": "broadsheet.paper.caching.ResilientRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }


def test_every_call_and_every_thread_shares_one_client_and_its_pool(redis_url):
    with override_settings(CACHES=redis_caches(redis_url)):
        cache = caches.create_connection("default")
        cache.set("greeting", "hello")
        assert cache.get("greeting") == "hello"
        client = cache._cache.get_client()
        assert cache._cache.get_client(write=True) is client

        seen = []

        def other_thread():
            other = caches.create_connection("default")  # what Django makes per thread
            assert other.get("greeting") == "hello"
            seen.append(other._cache.get_client())

        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
        assert seen == [client]
