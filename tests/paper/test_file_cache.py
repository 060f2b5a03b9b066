"""The embedded setup's file cache: `add` takes a key once, however many processes race for it."""

import threading
from concurrent.futures import ThreadPoolExecutor

from broadsheet.paper.caching import ResilientFileBasedCache


def file_cache(folder):
    return ResilientFileBasedCache(str(folder), {"OPTIONS": {"MAX_ENTRIES": 1000}})


def test_add_keeps_the_first_value_and_takes_an_expired_key_again(tmp_path, time_machine):
    cache = file_cache(tmp_path)
    time_machine.move_to("2026-12-02 12:00:00", tick=False)

    assert cache.add("lock", "first", timeout=10)
    assert not cache.add("lock", "second", timeout=10)
    assert cache.get("lock") == "first"
    time_machine.shift(11)
    assert cache.add("lock", "third", timeout=10)
    assert cache.get("lock") == "third"
    assert sorted(path.suffix for path in tmp_path.iterdir()) == [".djcache"]  # no leftovers


def test_of_racing_adds_exactly_one_wins(tmp_path):
    """The page cache's render lock: two workers taking it at once would both render."""
    cache = file_cache(tmp_path)
    racers = 8
    for round_number in range(40):
        start = threading.Barrier(racers)

        def race(_, key=f"lock-{round_number}", start=start):
            start.wait()
            return file_cache(tmp_path).add(key, 1, timeout=10)

        with ThreadPoolExecutor(racers) as pool:
            won = list(pool.map(race, range(racers)))
        assert won.count(True) == 1, f"round {round_number}: {won.count(True)} took the lock"
    assert cache.get("lock-0") == 1
