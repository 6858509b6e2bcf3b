"""Prometheus metrics, served at ``/metrics`` to a holder of ``METRICS_TOKEN``.

- ``lms_http_requests_total{method,route,status}`` and
  ``lms_http_request_duration_seconds{method,route}``: every request, by the
  name of the URL it matched (``route``; ``unmatched`` for none);
- ``lms_http_request_db_queries{route}``: database queries per request;
- ``lms_celery_task_duration_seconds{task,state}``: tasks run in this process;
- ``lms_celery_queue_length{queue}``: messages waiting in each queue, read
  from the broker when it is Redis at the time of the scrape.

Each process counts for itself. Under gunicorn with several workers, or
Celery's prefork pool, a scrape reaches one process: set
``PROMETHEUS_MULTIPROC_DIR`` to an empty folder (the same for the web and
worker processes of one machine, emptied at each start) and every process
writes its figures there, summed at the scrape (prometheus-client's
multiprocess mode). Task durations are counted where the task runs: on a
worker machine without a web process they need that machine's folder
scraped by another means (docs/operations.md).
"""

import hmac
import time
from contextlib import ExitStack

import redis
from celery.signals import task_postrun, task_prerun
from django.conf import settings
from django.db import connections
from django.http import Http404, HttpResponse
from django.views.decorators.cache import never_cache
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily

from . import queues

METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

REQUESTS = Counter("lms_http_requests", "HTTP requests answered", ["method", "route", "status"])
LATENCY = Histogram(
    "lms_http_request_duration_seconds", "Time to answer a request", ["method", "route"]
)
QUERIES = Histogram(
    "lms_http_request_db_queries",
    "Database queries made by one request",
    ["route"],
    buckets=(0, 1, 2, 5, 10, 20, 50, 100, 200, 500),
)
TASKS = Histogram(
    "lms_celery_task_duration_seconds",
    "Time a Celery task ran in this process",
    ["task", "state"],
    buckets=(0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900),
)


class MetricsMiddleware:
    """Second in ``MIDDLEWARE``, after the request id: it sees every answer,
    the ones middleware gives without a view (the lesson heartbeat) too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        counted = [0]

        def count(execute, sql, params, many, context):
            counted[0] += 1
            return execute(sql, params, many, context)

        started = time.perf_counter()
        with ExitStack() as stack:
            for alias in connections:
                stack.enter_context(connections[alias].execute_wrapper(count))
            response = self.get_response(request)
        elapsed = time.perf_counter() - started
        method = request.method if request.method in METHODS else "other"
        route = route_of(request)
        REQUESTS.labels(method, route, str(response.status_code)).inc()
        LATENCY.labels(method, route).observe(elapsed)
        QUERIES.labels(route).observe(counted[0])
        return response


def route_of(request):
    """The URL's name (namespaced), else its pattern: a few hundred values at
    most, never the path itself (ids, slugs, codes would make one each)."""
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return match.view_name or match.route or "unnamed"
    return getattr(request, "metrics_route", "unmatched")


_task_started = {}


@task_prerun.connect(dispatch_uid="lms.metrics.task_started")
def _task_started_at(task_id=None, **kwargs):
    _task_started[task_id] = time.perf_counter()


@task_postrun.connect(dispatch_uid="lms.metrics.task_finished")
def _task_finished(task_id=None, task=None, state=None, **kwargs):
    started = _task_started.pop(task_id, None)
    if started is not None and task is not None:
        TASKS.labels(task.name, state or "unknown").observe(time.perf_counter() - started)


class QueueLengths:
    """Messages waiting in each queue, read when scraped (Redis broker only:
    a queue there is a list named after it)."""

    def describe(self):
        return [self.family()]  # registering asks for the names: no broker read then

    def family(self):
        return GaugeMetricFamily(
            "lms_celery_queue_length", "Messages waiting in a Celery queue", labels=["queue"]
        )

    def collect(self):
        from lms.celery import app

        url = app.conf.broker_read_url or ""  # where the workers read their queues
        if url.startswith("sentinel://"):  # the Sentinels' current primary (lms/sentinel.py)
            from lms import sentinel

            db = url.rsplit("/", 1)[1] if url.count("/") > 2 else ""
            client = sentinel.primary_client(
                settings.REDIS_SENTINELS, settings.REDIS_SENTINEL_MASTER, int(db or 0)
            )
        elif url.startswith(("redis://", "rediss://")):
            client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        else:
            return
        family = self.family()
        try:
            pipe = client.pipeline(transaction=False)
            for name in queues.ALL:
                pipe.llen(name)
            lengths = pipe.execute()
        except redis.RedisError:
            return  # /readyz/ names the broker; a scrape still gives the rest
        finally:
            client.close()
        for name, length in zip(queues.ALL, lengths, strict=True):
            family.add_metric([name], length)
        yield family


_queue_lengths = QueueLengths()
REGISTRY.register(_queue_lengths)


def registry():
    if settings.PROMETHEUS_MULTIPROC_DIR:
        collected = CollectorRegistry()
        multiprocess.MultiProcessCollector(collected)
        collected.register(_queue_lengths)
        return collected
    return REGISTRY


def authorised(request):
    """401 without a bearer token, 403 with a wrong one, None when right."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        response = HttpResponse("token required\n", status=401, content_type="text/plain")
        response["WWW-Authenticate"] = "Bearer"
        return response
    if not hmac.compare_digest(token.strip().encode(), settings.METRICS_TOKEN.encode()):
        return HttpResponse("wrong token\n", status=403, content_type="text/plain")
    return None


@never_cache
def metrics(request):
    if not settings.METRICS_TOKEN:
        raise Http404
    refused = authorised(request)
    if refused is not None:
        return refused
    return HttpResponse(generate_latest(registry()), content_type=CONTENT_TYPE_LATEST)
