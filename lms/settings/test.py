"""Tests: fast hashing, local-memory cache, e-mail kept in the outbox,
media and private files in temporary folders set by the test configuration."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 - tests only
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Off: a test reading a page after changing rows the cache does not watch must see
# the change. tests/test_anon_cache.py turns it on.
ANON_CACHE_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Under PRIVATE_ROOT, which tests/conftest.py points into each test's tmp folder.
    "private": {"BACKEND": "lms.private_files.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests run tasks in-process unless a test starts a real worker on purpose.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", "memory://")
CELERY_TASK_ALWAYS_EAGER = True

# The replica in tests is a second connection to the test database (Django's test mirror):
# a test's writes stay in its transaction on the primary connection, so the replica does
# not see them, like a replica a long way behind. Only tests that ask for it
# (databases=[..., "replica"]) use it, and only they turn DATABASE_REPLICA_READS on
# (tests/test_replica.py).
if "replica" not in DATABASES:  # noqa: F405
    DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
DATABASE_REPLICA_READS = False

# No quiet hours unless a test sets them (tests/messaging/test_quiet_hours.py): the
# academy's reminder tests run at any hour of the day and must not move with it.
MESSAGING_QUIET_HOURS = "00:00-00:00"
