"""Settings of the Celery worker started by test_worker: development settings
plus the slow exporter."""

from lms.settings.dev import *  # noqa: F403
from lms.settings.dev import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.exports.apps.SlowExportsConfig"]
