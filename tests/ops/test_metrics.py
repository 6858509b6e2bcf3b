"""``/metrics``: Prometheus text for the holder of ``METRICS_TOKEN`` alone;
requests by route and status, their time and database queries, task
durations and the queues' lengths; several processes summed in
prometheus-client's multiprocess mode."""

import subprocess
import sys

import pytest
from django.urls import reverse
from prometheus_client.parser import text_string_to_metric_families

from lms.celery import app as celery_app
from privacy.tasks import remove_expired_exports
from tests.worker import flush_broker, require_real_services, sending_to_broker

from .servers import ROOT, project_env

pytestmark = pytest.mark.django_db

TOKEN = "a-long-random-metrics-token"


@pytest.fixture
def token(settings):
    settings.METRICS_TOKEN = TOKEN
    return {"HTTP_AUTHORIZATION": f"Bearer {TOKEN}"}


def scrape(client, token):
    response = client.get("/metrics", **token)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/plain; version=")
    return response.content.decode()


def value(text, name, **labels):
    """The sum of the samples of ``name`` with these labels (others any)."""
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items())
    )


def test_without_a_configured_token_there_is_no_such_page(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics").status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 404


def test_a_missing_token_is_401_and_a_wrong_one_403(client, token):
    missing = client.get("/metrics")
    assert missing.status_code == 401 and missing["WWW-Authenticate"] == "Bearer"
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Basic {TOKEN}").status_code == 401
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer").status_code == 401
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}x").status_code == 403
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 403
    assert b"lms_" not in missing.content
    assert "no-cache" in client.get("/metrics", **token)["Cache-Control"]


def test_requests_are_counted_by_route_and_status_with_time_and_queries(client, token):
    before = scrape(client, token)
    for _ in range(3):
        client.get("/healthz/")
    client.get("/readyz/")
    client.get("/kk/no-such-page/")
    client.post(reverse("courses:heartbeat"))  # answered by a middleware, without a view
    after = scrape(client, token)

    def grew(name, **labels):
        return value(after, name, **labels) - value(before, name, **labels)

    ok = {"method": "GET", "route": "healthz", "status": "200"}
    assert grew("lms_http_requests_total", **ok) == 3
    assert grew("lms_http_requests_total", method="GET", route="readyz", status="200") == 1
    assert grew("lms_http_requests_total", method="GET", status="404") == 1
    assert grew("lms_http_request_duration_seconds_count", method="GET", route="healthz") == 3
    assert grew("lms_http_request_duration_seconds_sum", method="GET", route="healthz") > 0
    # /healthz/ touches no database; /readyz/ asks it at least once.
    assert grew("lms_http_request_db_queries_count", route="healthz") == 3
    assert grew("lms_http_request_db_queries_sum", route="healthz") == 0
    assert grew("lms_http_request_db_queries_sum", route="readyz") >= 1
    assert grew("lms_http_requests_total", method="GET", route="metrics", status="200") == 1
    assert grew("lms_http_requests_total", method="POST", route="courses:heartbeat") == 1


def test_task_durations_are_counted_where_the_task_runs(client, token):
    before = scrape(client, token)
    remove_expired_exports.delay()  # in-process here, as without a broker
    after = scrape(client, token)
    labels = {"task": "privacy.tasks.remove_expired_exports", "state": "SUCCESS"}
    name = "lms_celery_task_duration_seconds_count"
    assert value(after, name, **labels) - value(before, name, **labels) == 1


def test_the_queues_lengths_are_read_from_a_redis_broker(client, token):
    require_real_services()
    flush_broker()
    try:
        with sending_to_broker():
            remove_expired_exports.delay()  # default queue; no worker reads it here
            remove_expired_exports.delay()
            text = scrape(client, token)
    finally:
        flush_broker()
    assert value(text, "lms_celery_queue_length", queue="default") == 2
    for queue in ("certificates", "mail", "reports"):
        assert value(text, "lms_celery_queue_length", queue=queue) == 0
        assert f'lms_celery_queue_length{{queue="{queue}"}}' in text


def test_no_queue_lengths_without_a_redis_broker(client, token):
    broker = celery_app.conf.get("broker_read_url")
    celery_app.conf.broker_read_url = "memory://"
    try:
        assert "lms_celery_queue_length" not in scrape(client, token)
    finally:
        celery_app.conf.broker_read_url = broker


REQUEST = "import django; django.setup(); from django.test import Client; Client().get('/healthz/')"
SCRAPE = (
    "import django; django.setup(); from django.test import Client; "
    f"print(Client().get('/metrics', HTTP_AUTHORIZATION='Bearer {TOKEN}').content.decode())"
)


def test_several_processes_are_summed_in_multiprocess_mode(tmp_path):
    """As gunicorn's workers: each process writes its figures to the folder,
    and a scrape reaching any one of them reads them all."""
    env = project_env(PROMETHEUS_MULTIPROC_DIR=str(tmp_path), METRICS_TOKEN=TOKEN)
    for _ in range(2):
        subprocess.run([sys.executable, "-c", REQUEST], cwd=ROOT, env=env, check=True)
    scraped = subprocess.run(
        [sys.executable, "-c", SCRAPE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    labels = {"method": "GET", "route": "healthz", "status": "200"}
    assert value(scraped.stdout, "lms_http_requests_total", **labels) == 2, scraped.stderr
    assert len(list(tmp_path.glob("*.db"))) >= 3  # one file per process and kind
