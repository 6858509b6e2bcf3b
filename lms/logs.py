"""Log lines that can be followed from a request into the tasks it queued.

Every request gets an id (``RequestIdMiddleware``): the one in its
``X-Request-ID`` header when that looks like an id (a proxy or load balancer
set it), else a new one; the response carries it back. It is kept in a
context variable for the request's log lines, travels with every task queued
meanwhile in the task's message headers, and is restored while the worker
runs that task, so the task's log lines carry the same id. A task queued by
beat gets an id of its own.

``LOG_FORMAT=json`` (settings) writes one JSON object per line with the id
(``JsonFormatter`` with ``RequestIdFilter``), in the web processes and in
the Celery workers alike (Celery then leaves Django's logging as it is).
Unset, the log format stays plain.
"""

import contextvars
import json
import logging
import logging.config
import re
import uuid
from datetime import UTC, datetime

from celery.signals import before_task_publish, setup_logging, task_postrun, task_prerun

HEADER = "X-Request-ID"
TASK_HEADER = "lms_request_id"  # in a task message's headers
SANE = re.compile(r"[A-Za-z0-9._:-]{1,128}")

request_id = contextvars.ContextVar("request_id", default=None)


def new_id():
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """First in ``MIDDLEWARE``, so every other layer's log lines carry the id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get(HEADER, "")
        current = given if SANE.fullmatch(given) else new_id()
        token = request_id.set(current)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response[HEADER] = current
        return response


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record):
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None),
            "process": record.process,
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def logging_config(log_format, level):
    """Django's ``LOGGING``: plain lines as before, or JSON ones with the id."""
    handler = {"class": "logging.StreamHandler"}
    config = {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"console": handler},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Wagtail logs every page action and every in-process task at INFO.
            "wagtail": {"level": "WARNING"},
            "django_tasks": {"level": "WARNING"},
            "weasyprint": {"level": "WARNING"},
            "fontTools": {"level": "WARNING"},
        },
    }
    if log_format == "json":
        config["filters"] = {"request_id": {"()": "lms.logs.RequestIdFilter"}}
        config["formatters"] = {"json": {"()": "lms.logs.JsonFormatter"}}
        handler.update(filters=["request_id"], formatter="json")
    return config


# --- Celery: the id travels in the task's headers -------------------------------


@before_task_publish.connect(dispatch_uid="lms.logs.send_request_id")
def _send_request_id(headers=None, **kwargs):
    current = request_id.get()
    if current is not None and headers is not None:
        headers.setdefault(TASK_HEADER, current)


@task_prerun.connect(dispatch_uid="lms.logs.restore_request_id")
def _restore_request_id(task=None, **kwargs):
    sent = getattr(task.request, TASK_HEADER, None)
    if sent is None and task.request.is_eager:
        return  # run in-process: the caller's id holds
    task.request.lms_request_id_token = request_id.set(sent or new_id())


@task_postrun.connect(dispatch_uid="lms.logs.forget_request_id")
def _forget_request_id(task=None, **kwargs):
    token = getattr(task.request, "lms_request_id_token", None)
    if token is not None:
        request_id.reset(token)


def keep_django_logging_in_celery(app):
    """With JSON logs, Celery must not replace Django's logging with its own
    format (it does unless a receiver of ``setup_logging`` exists)."""

    @app.on_after_configure.connect(weak=False)
    def _decide(sender, **kwargs):
        from django.conf import settings

        if getattr(settings, "LOG_FORMAT", None) == "json":
            setup_logging.connect(_django_logging, weak=False, dispatch_uid="lms.logs.django")


def _django_logging(**kwargs):
    from django.conf import settings

    logging.config.dictConfig(settings.LOGGING)
