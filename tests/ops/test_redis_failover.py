"""Redis with failover (lms/sentinel.py): a real Redis primary, a replica and
a Sentinel on 127.0.0.1; the primary is killed, the Sentinel promotes the
replica, and the cache, the Celery broker and /readyz/ carry on with the
settings unchanged. Also how long that took."""

import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from django.core.cache import caches
from kombu import Connection

from lms import sentinel
from tests.ops.servers import closed_port

pytestmark = pytest.mark.skipif(not shutil.which("redis-server"), reason="redis-server missing")


def free_port():
    return closed_port()  # nobody listens there yet


class RedisSet:
    """Primary, replica and one Sentinel (quorum 1), each its own process."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.primary_port, self.replica_port, self.sentinel_port = (free_port() for _ in range(3))
        # A name of its own: django-redis keeps its pools by URL for the process.
        self.master = f"lms{self.sentinel_port}"
        self.processes = {}

    def _redis(self, name, port, *extra):
        command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", str(self.folder), *extra]
        self.processes[name] = subprocess.Popen(  # noqa: S603
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self._wait(port)

    def _wait(self, port, timeout=10):
        import redis

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                redis.Redis(port=port, socket_timeout=0.5).ping()
                return
            except redis.RedisError:
                time.sleep(0.05)
        raise RuntimeError(f"redis on {port} did not start")

    def __enter__(self):
        self._redis("primary", self.primary_port)
        self._redis(
            "replica", self.replica_port, "--replicaof", "127.0.0.1", str(self.primary_port)
        )
        config = self.folder / "sentinel.conf"
        config.write_text(
            f"port {self.sentinel_port}\nbind 127.0.0.1\ndir {self.folder}\n"
            f"sentinel monitor {self.master} 127.0.0.1 {self.primary_port} 1\n"
            f"sentinel down-after-milliseconds {self.master} 1000\n"
            f"sentinel failover-timeout {self.master} 5000\n"
        )
        self.processes["sentinel"] = subprocess.Popen(  # noqa: S603
            ["redis-server", str(config), "--sentinel"],  # noqa: S607
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait(self.sentinel_port)
        self._wait_replicated()
        return self

    def _wait_replicated(self, timeout=10):
        import redis

        replica = redis.Redis(port=self.replica_port)
        deadline = time.monotonic() + timeout
        while replica.info("replication").get("master_link_status") != "up":
            if time.monotonic() > deadline:
                raise RuntimeError("the replica did not catch up")
            time.sleep(0.05)

    def __exit__(self, *exc):
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                process.wait()

    @property
    def sentinels(self):
        return [("127.0.0.1", self.sentinel_port)]

    def kill_primary(self):
        import redis

        redis.Redis(port=self.primary_port).execute_command("WAIT", 1, 2000)  # replicated
        self.processes["primary"].send_signal(signal.SIGKILL)
        self.processes["primary"].wait()
        return time.monotonic()

    def current_primary_port(self):
        from redis.sentinel import Sentinel

        return Sentinel(self.sentinels, socket_timeout=1).discover_master(self.master)[1]


@pytest.fixture
def redis_set(tmp_path):
    with RedisSet(tmp_path) as servers:
        yield servers


def until(action, timeout=30):
    """Retry ``action`` until it succeeds; its result and the seconds it took."""
    started = time.monotonic()
    while True:
        try:
            return action(), time.monotonic() - started
        except Exception:
            if time.monotonic() - started > timeout:
                raise
            time.sleep(0.2)


def test_the_cache_carries_on_after_the_primary_dies(redis_set, settings):
    settings.CACHES = {
        "default": sentinel.cache_config(f"redis://{redis_set.master}/0", redis_set.sentinels)
    }
    cache = caches["default"]
    cache.set("session:abc", "kept", 300)
    assert cache.get("session:abc") == "kept"
    killed = redis_set.kill_primary()
    # Meanwhile the cache's errors are misses (IGNORE_EXCEPTIONS): wait until it keeps a key.

    def keeps_a_key():
        cache.set("after", "yes", 300)
        assert cache.get("after") == "yes"

    until(keeps_a_key)
    recovered = time.monotonic() - killed
    assert cache.get("session:abc") == "kept"  # written before, replicated, promoted
    assert redis_set.current_primary_port() == redis_set.replica_port
    assert recovered < 20
    print(f"cache recovered {recovered:.1f} s after the primary was killed")


def test_the_broker_carries_on_after_the_primary_dies(redis_set):
    url = f"sentinel://127.0.0.1:{redis_set.sentinel_port}/0"
    options = sentinel.broker_options(redis_set.master)
    with Connection(url, transport_options=options) as connection:
        queue = connection.SimpleQueue("mail")
        queue.put({"letter": 1})
        queue.close()
    redis_set.kill_primary()

    def publish_and_read():
        with Connection(url, transport_options=options, connect_timeout=1) as connection:
            queue = connection.SimpleQueue("mail")
            try:
                queue.put({"letter": 2})
                got = []
                for _ in range(2):
                    message = queue.get(timeout=2)
                    got.append(message.payload["letter"])
                    message.ack()
                return got
            finally:
                queue.close()

    got, _took = until(publish_and_read)
    assert got == [1, 2]  # the message queued before the failover was not lost


@pytest.mark.django_db
def test_readyz_follows_the_sentinels(redis_set, settings, client):
    from lms import health

    settings.CACHES = {
        "default": sentinel.cache_config(f"redis://{redis_set.master}/0", redis_set.sentinels)
    }
    settings.CELERY_BROKER_URL = f"sentinel://127.0.0.1:{redis_set.sentinel_port}/0"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = sentinel.broker_options(redis_set.master)
    assert health.broker() is True
    redis_set.kill_primary()

    def ready():
        response = client.get("/readyz/")
        assert response.status_code == 200, response.json()
        return response.json()["checks"]

    checks, _took = until(ready)
    assert checks["broker"] == "ok" and checks["cache"] == "ok"


def test_sentinel_addresses_are_read_from_the_setting():
    assert sentinel.sentinels("10.0.0.1:26379, 10.0.0.2:26380,") == [
        ("10.0.0.1", 26379),
        ("10.0.0.2", 26380),
    ]
    assert sentinel.sentinels("") == []
    assert sentinel.cache_config("redis://lms/1", [("h", 1)])["LOCATION"] == [
        "redis://lms/1?is_master=1"
    ]


@pytest.mark.django_db
def test_pages_answer_while_redis_is_gone(client, settings, caplog):
    """The cache as configured (``sentinel.redis_cache``) on a Redis nobody
    runs: pages, the rate-limited API and readiness answer without a 500."""
    settings.CACHES = {"default": sentinel.redis_cache(f"redis://127.0.0.1:{closed_port()}/1")}
    assert client.get("/api/certificates/unknown-code/").status_code == 404
    assert client.get("/kk/certificates/verify/").status_code == 200
    ready = client.get("/readyz/")
    assert ready.status_code == 503 and "cache" in ready.json()["failed"]
