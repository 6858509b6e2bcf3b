"""Django's Redis cache, without a new client object per operation.

``django.core.cache.backends.redis.RedisCacheClient`` builds a fresh
``redis.Redis`` for every get or set; since redis-py 5 each one fills a table
of about 170 response callbacks first, some 0.2 ms of CPU per cache
operation. Sessions (``cached_db``) are read from the cache on every signed-in
request and every lesson heartbeat, so that is a large share of the
heartbeat's cost. One client per connection pool does the same work:
``redis.Redis`` is safe to share, and Django keeps a cache object per thread.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients[index] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
