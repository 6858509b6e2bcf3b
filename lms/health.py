"""Readiness: may this process be given requests? (``/readyz/``)

``/healthz/`` (lms/views.py) only says the process answers; a load balancer
that restarts what fails it must not restart every web process because the
database is down. ``/readyz/`` says whether the process can do its work: the
database answers, the cache keeps a key, the broker accepts a connection (when
there is one: without ``CELERY_BROKER_URL`` tasks run in-process) and no
migration is waiting to be applied. It answers 200, or 503 with the failed
checks named; never an error's text, which may hold a host or a user name.
"""

import logging
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

BROKER_TIMEOUT = 2  # seconds to connect to the broker
# Reading the migration files takes about 0.2 s: a success is kept this long.
MIGRATIONS_OK_SECONDS = 10
_migrations_ok_until = 0.0


def database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_keeps_a_key():
    key, value = f"readyz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    try:
        return cache.get(key) == value
    finally:
        cache.delete(key)


def broker():
    """None (not checked) without a broker or with the in-memory one."""
    url = settings.CELERY_BROKER_URL
    if not url or url.startswith("memory://"):
        return None
    from kombu import Connection

    options = settings.CELERY_BROKER_TRANSPORT_OPTIONS  # a Sentinel's master name
    with Connection(
        url, connect_timeout=BROKER_TIMEOUT, transport_options=options
    ) as broker_connection:
        broker_connection.ensure_connection(max_retries=1, interval_start=0, timeout=BROKER_TIMEOUT)
    return True


def migrations_applied():
    global _migrations_ok_until
    if time.monotonic() < _migrations_ok_until:
        return True
    executor = MigrationExecutor(connection)
    applied = not executor.migration_plan(executor.loader.graph.leaf_nodes())
    if applied:
        _migrations_ok_until = time.monotonic() + MIGRATIONS_OK_SECONDS
    return applied


CHECKS = {
    "database": database,
    "cache": cache_keeps_a_key,
    "broker": broker,
    "migrations": migrations_applied,
}


def readiness():
    """``{check: "ok" | "failed" | "skipped"}``. The migrations are not read
    while the database does not answer."""
    results = {}
    for name, check in CHECKS.items():
        if name == "migrations" and results["database"] != "ok":
            results[name] = "skipped"
            continue
        try:
            outcome = check()
        except Exception as error:
            logger.warning("readiness: %s failed (%s)", name, type(error).__name__)
            outcome = False
        results[name] = "skipped" if outcome is None else "ok" if outcome else "failed"
    return results


@never_cache
def readyz(request):
    checks = readiness()
    failed = [name for name, result in checks.items() if result == "failed"]
    if failed:
        return JsonResponse(
            {"status": "unavailable", "failed": failed, "checks": checks}, status=503
        )
    return JsonResponse({"status": "ok", "checks": checks})
