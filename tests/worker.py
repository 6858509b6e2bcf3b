"""A real Celery worker in a subprocess, for tests that need one.

It runs against the test database (PostgreSQL) and a Redis broker, with its
media, private files and e-mail in temporary folders the test can read. Tests
using it are skipped without PostgreSQL and Redis on a developer's machine, and
fail in CI.
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from lms import queues
from lms.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[1]


def _broker():
    """The Redis broker CI configures (a local one otherwise), on a database of
    this pytest-xdist worker's own: gw0 the configured one, gw1 the one below,
    and so on. Tests in two workers then never share a queue, and emptying it
    (``flush_broker``) touches nobody else's."""
    configured = os.environ.get("CELERY_BROKER_URL", "")
    url = configured if configured.startswith("redis://") else "redis://127.0.0.1:6379/12"
    base, _, db = url.rpartition("/")
    index = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    return f"{base}/{(int(db or 0) - index) % 16}"


BROKER = _broker()


def redis_available():
    try:
        import redis

        redis.Redis.from_url(BROKER, socket_connect_timeout=1).ping()
        return True
    except Exception:
        return False


def require_real_services():
    if connection.vendor != "postgresql" or not redis_available():
        if os.environ.get("CI"):
            pytest.fail("CI must run the worker tests on PostgreSQL and Redis")
        pytest.skip("needs PostgreSQL (DATABASE_URL) and Redis")


@contextlib.contextmanager
def sending_to_broker():
    """Make this process send tasks to Redis instead of running them eagerly.
    Celery reads the write URL into its own setting once: set it too."""
    names = ("task_always_eager", "broker_url", "broker_write_url", "broker_read_url")
    old = {name: celery_app.conf[name] for name in names}
    celery_app.conf.update(
        task_always_eager=False, broker_url=BROKER, broker_write_url=BROKER, broker_read_url=BROKER
    )
    _reset_pool()
    try:
        yield
    finally:
        celery_app.conf.update(old)
        _reset_pool()


def flush_broker():
    """Empty the test broker database, unacknowledged and scheduled retries
    included: a message left by an earlier run names rows that no longer exist."""
    import redis

    redis.Redis.from_url(BROKER).flushdb()


def _reset_pool():
    """Drop pooled broker connections so the next send uses the current URL."""
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def worker_command(concurrency):
    """A prefork worker consuming every queue (lms/queues.py), as one machine
    running all of them would."""
    return [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "lms",
        "worker",
        "-Q",
        ",".join(queues.ALL),
        "-P",
        "prefork",
        "-c",
        str(concurrency),
        "--without-mingle",
        "--without-gossip",
        "-l",
        "INFO",
    ]


@contextlib.contextmanager
def worker(tmp_path, concurrency=2, **env_overrides):
    db = connection.settings_dict
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "EMAIL_", "CELERY_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
            "CELERY_BROKER_URL": BROKER,
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "PRIVATE_ROOT": str(settings.PRIVATE_ROOT),
            "EMAIL_FILE_PATH": str(tmp_path / "mail"),
            "SITE_URL": settings.SITE_URL,
            **env_overrides,
        }
    )
    log = open(tmp_path / "worker.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        worker_command(concurrency),
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while "ready." not in (tmp_path / "worker.log").read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((tmp_path / "worker.log").read_text())
            time.sleep(0.2)
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def wait_for(check, seconds=120, interval=0.25):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(interval)
    return check()
