"""``/healthz/`` says the process answers; ``/readyz/`` whether it can work:
the database, the cache, the broker and the migrations, each named when it
fails. The database gone and a migration not applied are real here: a
gunicorn whose database connection is cut, and a database of its own whose
migration records lack one."""

import json
import subprocess
import sys

import psycopg
import pytest
from django.db import connection
from django.test import override_settings

from lms import health

from .servers import ROOT, Relay, closed_port, database_url, get, gunicorn, project_env

pytestmark = pytest.mark.django_db


def test_healthz_answers_200(client):
    assert client.get("/healthz/").status_code == 200


def test_readyz_is_200_with_every_check_named(client, settings):
    response = client.get("/readyz/")
    assert response.status_code == 200, response.content
    body = response.json()
    broker = "skipped" if settings.CELERY_BROKER_URL.startswith("memory://") else "ok"
    assert body == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "broker": broker, "migrations": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]
    assert client.get("/kk/readyz/").status_code == 404


def test_readyz_is_503_naming_the_broker_when_it_does_not_answer(client, settings):
    settings.CELERY_BROKER_URL = f"redis://:secret-word@127.0.0.1:{closed_port()}/0"
    response = client.get("/readyz/")
    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["broker"] and body["checks"]["database"] == "ok"
    assert b"secret-word" not in response.content and b"127.0.0.1" not in response.content


def test_readyz_is_503_naming_the_cache_when_it_does_not_answer(client):
    redis_cache = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
    }
    with override_settings(CACHES={"default": redis_cache}):
        response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]


def test_readyz_is_503_while_the_database_is_gone_and_healthz_stays_200(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL)")
    db = connection.settings_dict
    relay = Relay((db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)))
    with gunicorn(tmp_path, DATABASE_URL=database_url(relay.port)) as base:
        status, body = get(f"{base}/readyz/")
        assert status == 200, body
        relay.cut()  # the database goes away under the running process
        for _ in range(2):  # the broken kept connection, then a new one refused
            status, body = get(f"{base}/readyz/")
            assert status == 503, body
            assert json.loads(body)["failed"] == ["database"]
            assert json.loads(body)["checks"]["migrations"] == "skipped"
            assert get(f"{base}/healthz/") == (200, b"ok")
    assert db["NAME"].encode() not in body


def manage(env, *args):
    done = subprocess.run(
        [sys.executable, "manage.py", *args, "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


LAST_REPORTS_MIGRATION = max(path.stem for path in (ROOT / "reports" / "migrations").glob("0*.py"))
READYZ = (
    "import django, json; django.setup(); from django.test import Client; "
    "r = Client().get('/readyz/'); print(r.status_code, r.content.decode())"
)


def readyz_in(env):
    out = subprocess.run(
        [sys.executable, "-c", READYZ], cwd=ROOT, env=env, capture_output=True, text=True
    )
    status, _, body = out.stdout.strip().rpartition("\n")[2].partition(" ")
    assert status, out.stderr
    return int(status), json.loads(body)


def test_readyz_is_503_naming_the_migrations_while_one_is_not_applied():
    """A database of its own, where Django's record of applied migrations
    (``django_migrations``, what the check reads) lists them all (``migrate
    --fake``: building the tables would take a minute) but then lacks the last
    one of ``reports``, as after a deploy that forgot to migrate; each check
    runs in a new process, as a freshly started web process would."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL)")
    name = f"{connection.settings_dict['NAME']}_readyz"
    with psycopg.connect(database_url(name="postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}"')
        server.execute(f'CREATE DATABASE "{name}"')
        try:
            env = project_env(DATABASE_URL=database_url(name=name))
            manage(env, "migrate", "--fake")
            ready = {"database": "ok", "cache": "ok", "broker": "skipped", "migrations": "ok"}
            assert readyz_in(env) == (200, {"status": "ok", "checks": ready})
            with psycopg.connect(database_url(name=name), autocommit=True) as separate:
                deleted = separate.execute(
                    "DELETE FROM django_migrations WHERE app = 'reports' AND name = %s",
                    [LAST_REPORTS_MIGRATION],
                ).rowcount
            assert deleted == 1
            status, body = readyz_in(env)
            assert status == 503 and body["failed"] == ["migrations"], body
            assert body["checks"] == {**ready, "migrations": "failed"}
        finally:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_successful_migration_check_is_kept_a_few_seconds(monkeypatch):
    monkeypatch.setattr(health, "_migrations_ok_until", 0.0)
    assert health.migrations_applied() is True
    monkeypatch.setattr(health, "MigrationExecutor", None)  # not read again meanwhile
    assert health.migrations_applied() is True
