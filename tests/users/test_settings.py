"""Production settings refuse to start without secrets, and pass the deploy check with them."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "-a-long-random-production-secret-key-0123456789"


def run_manage(*args, **env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "CELERY_"))
    }
    env.update({"DJANGO_SETTINGS_MODULE": "lms.settings.production", **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_ALLOWED_HOSTS="lms.example.kz")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_manage("check", DJANGO_SECRET_KEY="short", DJANGO_ALLOWED_HOSTS="lms.example.kz")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", DJANGO_SECRET_KEY=GOOD_KEY)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_deploy_check_passes_with_secrets():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=GOOD_KEY,
        DJANGO_ALLOWED_HOSTS="lms.example.kz",
    )
    assert result.returncode == 0, result.stderr + result.stdout


def read_settings(*names, **env_overrides):
    """Load lms.settings.dev in a fresh interpreter with the given environment."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "CELERY_", "EMAIL_", "AWS_", "CACHE_"))
    }
    env.update({"DJANGO_SETTINGS_MODULE": "lms.settings.dev", **env_overrides})
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        f"print(json.dumps({{n: str(eval(n, {{'s': s}})) for n in {list(names)!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_bare_machine_defaults():
    values = read_settings(
        "s.DATABASES['default']['ENGINE']",
        "s.CELERY_TASK_ALWAYS_EAGER",
        "s.EMAIL_BACKEND",
        "s.STORAGES['default']['BACKEND']",
    )
    assert list(values.values()) == [
        "django.db.backends.sqlite3",
        "True",
        "django.core.mail.backends.console.EmailBackend",
        "django.core.files.storage.FileSystemStorage",
    ]


def test_real_services_come_from_the_environment():
    values = read_settings(
        "s.DATABASES['default']['ENGINE']",
        "s.DATABASES['default']['NAME']",
        "s.CELERY_BROKER_URL",
        "s.CELERY_TASK_ALWAYS_EAGER",
        "s.EMAIL_BACKEND",
        "s.EMAIL_HOST",
        "s.STORAGES['default']['BACKEND']",
        "s.AWS_S3_ENDPOINT_URL",
        "s.CACHES['default']['BACKEND']",
        DATABASE_URL="postgres://lms:secret@db.internal:5432/lms",
        CELERY_BROKER_URL="amqp://guest:guest@mq.internal:5672//",
        EMAIL_HOST="smtp.example.kz",
        AWS_STORAGE_BUCKET_NAME="certificates",
        AWS_S3_ENDPOINT_URL="https://s3.example.kz",
        CACHE_URL="redis://cache.internal:6379/1",
    )
    assert list(values.values()) == [
        "django.db.backends.postgresql",
        "lms",
        "amqp://guest:guest@mq.internal:5672//",
        "False",
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example.kz",
        "storages.backends.s3.S3Storage",
        "https://s3.example.kz",
        "django_redis.cache.RedisCache",
    ]
