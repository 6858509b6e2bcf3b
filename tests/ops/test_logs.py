"""Request ids: taken from ``X-Request-ID`` when sane, else made; returned in
the response; on every JSON log line of the request and of the tasks it
queued, in-process and in a real Celery worker (``LOG_FORMAT=json``)."""

import io
import json
import logging
import re

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from lms import logs
from reports.tasks import refresh_stats
from tests.reports.helpers import person
from tests.worker import flush_broker, require_real_services, sending_to_broker, wait_for, worker
from users import roles

NEW_ID = re.compile(r"[0-9a-f]{32}")


@pytest.fixture
def json_lines():
    """Log lines as ``LOG_FORMAT=json`` writes them, read back as dicts."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(logs.RequestIdFilter())
    handler.setFormatter(logs.JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    root.removeHandler(handler)


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("req-7f3a.42:b_c", True),
        ("a" * 128, True),
        ("a" * 129, False),
        ("two words", False),
        ('"},"level":"CRITICAL', False),
        ("line\nbreak", False),
        ("", False),
    ],
)
def test_the_id_is_taken_when_sane_else_made_and_always_returned(given, kept):
    seen = []

    def view(request):
        seen.append(logs.request_id.get())
        return HttpResponse()

    request = RequestFactory().get("/", headers={"X-Request-ID": given} if given else {})
    response = logs.RequestIdMiddleware(view)(request)
    assert response["X-Request-ID"] == seen[0]
    assert (seen[0] == given) if kept else NEW_ID.fullmatch(seen[0])
    assert logs.request_id.get() is None  # nothing left behind for the next request


@pytest.mark.django_db
def test_a_request_and_its_client_see_the_same_id(client):
    response = client.get("/healthz/", headers={"X-Request-ID": "from-the-proxy-1"})
    assert response["X-Request-ID"] == "from-the-proxy-1"
    assert NEW_ID.fullmatch(client.get("/healthz/")["X-Request-ID"])


@pytest.mark.django_db
def test_a_task_run_in_process_logs_with_the_requests_id(json_lines):
    def view(request):
        logging.getLogger("tests.view").warning("queueing a recount")
        refresh_stats.delay()  # in-process, as without a broker
        return HttpResponse()

    request = RequestFactory().post("/", headers={"X-Request-ID": "req-eager-1"})
    logs.RequestIdMiddleware(view)(request)
    lines = {line["logger"]: line for line in json_lines()}
    assert lines["tests.view"]["request_id"] == "req-eager-1"
    assert lines["reports.tasks"]["request_id"] == "req-eager-1"
    assert lines["reports.tasks"]["message"].startswith("Report summaries recounted")
    assert lines["reports.tasks"]["level"] == "INFO" and lines["reports.tasks"]["time"]


def test_the_json_format_is_one_line_per_event_with_the_exception(json_lines):
    token = logs.request_id.set("req-json-1")
    try:
        raise ValueError("a\nmultiline\nproblem")
    except ValueError:
        logging.getLogger("tests.json").exception("it failed: %s", "Қате")
    finally:
        logs.request_id.reset(token)
    (line,) = [line for line in json_lines() if line["logger"] == "tests.json"]
    assert line["message"] == "it failed: Қате" and line["level"] == "ERROR"
    assert line["request_id"] == "req-json-1"
    assert "ValueError: a\nmultiline\nproblem" in line["exception"]


def test_plain_logs_stay_as_they_were_without_log_format():
    plain = logs.logging_config("plain", "INFO")
    assert "formatters" not in plain and "filters" not in plain
    assert plain["handlers"]["console"] == {"class": "logging.StreamHandler"}
    as_json = logs.logging_config("json", "INFO")
    assert as_json["handlers"]["console"]["formatter"] == "json"


@pytest.mark.django_db(transaction=True)
def test_a_real_workers_task_logs_in_json_with_the_requests_id(migrated_data, client, tmp_path):
    require_real_services()
    flush_broker()
    client.force_login(person(roles.NATIONAL_ANALYSTS))
    log = tmp_path / "worker.log"

    def task_line():
        for text in log.read_text().splitlines():
            if text.startswith("{") and '"reports.tasks"' in text:
                return json.loads(text)
        return None

    try:
        with worker(tmp_path, LOG_FORMAT="json"), sending_to_broker():
            response = client.post(
                "/kk/reports/refresh/", headers={"X-Request-ID": "req-through-the-broker"}
            )
            assert response.status_code == 302
            assert response["X-Request-ID"] == "req-through-the-broker"
            line = wait_for(task_line, seconds=90)
    finally:
        flush_broker()
    assert line, log.read_text()
    assert line["request_id"] == "req-through-the-broker"
    assert line["message"].startswith("Report summaries recounted")
    events = [json.loads(text) for text in log.read_text().splitlines() if text.startswith("{")]
    assert any("ready." in event["message"] for event in events)  # Celery's own lines too
    # A task of another request, or of beat, gets an id of its own.
    assert {event["request_id"] for event in events if event["logger"] == "reports.tasks"} == {
        "req-through-the-broker"
    }
