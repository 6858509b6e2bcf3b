"""The Redis cache backend keeps one client per connection pool."""

import socket
import uuid

import pytest

from lms.cache import RedisCache

REDIS = ("127.0.0.1", 6379)


def redis_is_up():
    try:
        with socket.create_connection(REDIS, timeout=0.5):
            return True
    except OSError:
        return False


@pytest.mark.skipif(not redis_is_up(), reason="no Redis at 127.0.0.1:6379")
def test_values_round_trip_through_one_reused_client():
    cache = RedisCache("redis://127.0.0.1:6379/14", {})
    key = f"test:{uuid.uuid4().hex}"
    try:
        assert cache.get(key) is None
        cache.set(key, {"answer": 42}, 30)
        assert cache.get(key) == {"answer": 42}
        assert cache.get_or_set(key, "other", 30) == {"answer": 42}
        assert cache.add(f"{key}:n", 1, 30)
        assert cache.incr(f"{key}:n") == 2
        client = cache._cache.get_client(key)
        assert cache._cache.get_client(key, write=True) is client
        assert cache._cache.get_client(key) is client
    finally:
        cache.delete_many([key, f"{key}:n"])
    assert cache.get(key) is None
