"""Redis with failover: the cache and the Celery broker found through Redis
Sentinel, so that when the Redis primary dies a replica is promoted and the
platform carries on without a change of settings.

Settings (environment, read in ``lms/settings/base.py``):

- ``REDIS_SENTINELS``: ``host:port,host:port,...`` of the Sentinels;
- ``REDIS_SENTINEL_MASTER``: the name they monitor the primary under (``lms``);
- ``CACHE_URL``: ``redis://<that name>/<db>``, the host part being the name;
- ``CELERY_BROKER_URL``: ``sentinel://host:port;sentinel://host:port/<db>``
  (kombu's Sentinel transport; the master name goes in its transport options).

The cache talks to the primary only (``is_master=1``): sessions and rate limits
are read right after they are written, which a replica may not have yet.
django-redis and kombu ask the Sentinels where the primary is when they
connect, and again after a connection fails.
"""


def sentinels(value):
    """``[(host, port), ...]`` from ``host:port,host:port``."""
    found = []
    for item in (value or "").split(","):
        item = item.strip()
        if not item:
            continue
        host, _, port = item.rpartition(":")
        found.append((host or "127.0.0.1", int(port)))
    return found


def redis_cache(url):
    """The cache on one Redis server (``CACHE_URL`` without Sentinels).

    django-redis keeps one redis.Redis client per server; Django's own backend
    builds a new one (about 0.2 ms) for every operation, and every signed-in
    request and heartbeat reads its session from here. Redis gone (restarted,
    failing over) is a cache miss, not a 500: pages and sessions (cached_db) go
    to the database meanwhile, rate limits count nothing; /readyz/ still says
    "cache" (ops/rehearsal found every page failing during a Redis restart)."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "OPTIONS": {"IGNORE_EXCEPTIONS": True},
    }


def cache_config(url, sentinel_list, timeout=1):
    """A django-redis cache on the Sentinels' current primary."""
    separator = "&" if "?" in url else "?"
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": [f"{url}{separator}is_master=1"],
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.SentinelClient",
            "CONNECTION_FACTORY": "django_redis.pool.SentinelConnectionFactory",
            "SENTINELS": sentinel_list,
            "SENTINEL_KWARGS": {"socket_timeout": timeout},
            "SOCKET_CONNECT_TIMEOUT": timeout,
            "SOCKET_TIMEOUT": timeout,
            "IGNORE_EXCEPTIONS": True,  # as lms/settings/base.py: a miss, not a 500
        },
    }


def broker_options(master):
    """Celery's ``broker_transport_options`` for a ``sentinel://`` broker."""
    return {"master_name": master}


def primary_client(sentinel_list, master, db=0, timeout=2):
    """A redis-py client of the current primary (the metrics' queue lengths)."""
    from redis.sentinel import Sentinel

    return Sentinel(sentinel_list, socket_timeout=timeout).master_for(
        master, db=db, socket_timeout=timeout, socket_connect_timeout=timeout
    )
