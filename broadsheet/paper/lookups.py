"""What a batch (of agency copy, say) looks up again and again, looked up once per batch.

Inside `lookups_remembered()` (entered by `wires.ingest_batch()`) the people a byline names, the
topics an item carries, each section's last page path and the active webhooks are read from the
database once and then kept for the batch's transaction. `forget()` drops them when an item's
savepoint is rolled back, since what it created is gone with it. Outside a batch every lookup
reads the database.
"""

from contextlib import contextmanager
from contextvars import ContextVar

_memo = ContextVar("wire_batch_lookups", default=None)


@contextmanager
def lookups_remembered():
    """Keep the lookups made in the block until it ends; nested blocks join the outermost."""
    if _memo.get() is not None:
        yield
        return
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def remembered(kind):
    """The batch's dict of `kind` lookups, or None outside a batch."""
    memo = _memo.get()
    return None if memo is None else memo.setdefault(kind, {})


def forget():
    """Drop everything remembered: an item's rollback took back what it created."""
    memo = _memo.get()
    if memo is not None:
        memo.clear()
