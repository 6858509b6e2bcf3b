"""Loaded only by the worker of test_worker (``worker_settings``)."""

from django.apps import AppConfig


class SlowExportsConfig(AppConfig):
    name = "tests.exports"
    label = "tests_exports"

    def ready(self):
        from exports import services

        from .slow import PROGRESS_EVERY, register

        register()
        services.PROGRESS_EVERY = PROGRESS_EVERY  # progress every few rows, to be seen
