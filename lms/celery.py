"""The one Celery application of the project.

Configuration comes from Django settings (``CELERY_*``); tasks live in each
app's ``tasks.py`` as ``@shared_task`` functions and are found by autodiscovery.
"""

import os

from celery import Celery

from . import logs, metrics  # noqa: F401 - their signal receivers: request ids, task durations

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

app = Celery("lms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
logs.keep_django_logging_in_celery(app)
