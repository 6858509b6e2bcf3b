"""The Redis cache (django-redis) against a real Redis, db 14.

Why django-redis rather than Django's own backend: Django's builds a new
``redis.Redis`` client for every operation (about 0.2 ms of CPU each with
redis-py 5+), and every signed-in request reads its session from the cache.
"""

import socket
import uuid
from unittest import mock

import pytest
import redis
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django_redis.cache import RedisCache

REDIS = ("127.0.0.1", 6379)
LOCATION = "redis://127.0.0.1:6379/14"


def redis_is_up():
    try:
        with socket.create_connection(REDIS, timeout=0.5):
            return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(not redis_is_up(), reason="no Redis at 127.0.0.1:6379")


@pytest.fixture
def key():
    key = f"test:{uuid.uuid4().hex}"
    yield key
    RedisCache(LOCATION, {}).delete_many([key, f"{key}:n"])


def test_values_round_trip(key):
    cache = RedisCache(LOCATION, {})
    assert cache.get(key) is None
    cache.set(key, {"answer": 42}, 30)
    assert cache.get(key) == {"answer": 42}
    assert cache.get_or_set(key, "other", 30) == {"answer": 42}
    assert cache.add(f"{key}:n", 1, 30)
    assert not cache.add(f"{key}:n", 5, 30)
    assert cache.incr(f"{key}:n") == 2
    cache.delete(key)
    assert cache.get(key) is None


def test_many_operations_build_one_redis_client(key):
    cache = RedisCache(LOCATION, {})
    with mock.patch.object(
        redis.Redis, "__init__", autospec=True, side_effect=redis.Redis.__init__
    ) as init:
        for n in range(50):
            cache.set(key, n, 30)
            assert cache.get(key) == n
    assert init.call_count == 1


def test_reads_what_djangos_backend_wrote(key):
    """Switching backends keeps the sessions and counters already in Redis."""
    django_cache = DjangoRedisCache(LOCATION, {})
    django_cache.set(key, {"_auth_user_id": "7"}, 30)
    django_cache.set(f"{key}:n", 3, 30)
    cache = RedisCache(LOCATION, {})
    assert cache.get(key) == {"_auth_user_id": "7"}
    assert cache.incr(f"{key}:n") == 4
    assert django_cache.get(f"{key}:n") == 4
