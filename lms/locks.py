"""A lock that lets one run of a job at a time do its work, across processes
and machines (two beats by mistake, a beat tick and a staff member's request).

``held = only_one("name")`` never waits: the first caller gets True and does
the work; a caller while it runs gets False at once and should do nothing.

On PostgreSQL it is an advisory lock of the database session (no table, no
expiry to guess): the server frees it when the holder's connection closes, so
a worker killed half-way leaves no stale lock behind. Elsewhere (SQLite on
one machine) it is a key added to the cache with ``cache.add``, which expires
after ``timeout`` seconds in case its holder died; with several machines the
cache must then be a shared one (``CACHE_URL``).
"""

import contextlib
import hashlib
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection


@contextlib.contextmanager
def only_one(name, timeout=30 * 60):
    lock = _advisory_lock if connection.vendor == "postgresql" else _cache_lock
    with lock(name, timeout) as held:
        yield held


def advisory_key(name):
    """A signed 64-bit key for ``pg_try_advisory_lock``, the same in every process."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), signed=True)


@contextlib.contextmanager
def _advisory_lock(name, timeout):
    key = advisory_key(name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        held = cursor.fetchone()[0]
    try:
        yield held
    finally:
        if held:
            # A connection that broke meanwhile took the lock with it.
            with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


@contextlib.contextmanager
def _cache_lock(name, timeout):
    key, token = f"lock:{name}", uuid.uuid4().hex
    held = cache.add(key, token, timeout)
    try:
        yield held
    finally:
        # Only our own: after an expiry the key may be another holder's.
        if held and cache.get(key) == token:
            cache.delete(key)
