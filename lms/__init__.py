"""The project package. The one Celery app is exported here so that
``@shared_task`` functions in every app bind to it when Django starts."""

from .celery import app as celery_app

__all__ = ("celery_app",)
