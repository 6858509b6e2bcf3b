"""Errors go to Sentry when ``SENTRY_DSN`` is set, without personal data;
nothing is set up without it. The "Sentry" here is a local HTTP server
that keeps what it is sent."""

import gzip
import http.server
import json
import subprocess
import sys
import threading

import brotli
import pytest
import sentry_sdk
from django.db import connection

from .servers import ROOT, database_url, project_env

# sentry-sdk compresses with Brotli where it is installed (WeasyPrint brings it).
DECOMPRESS = {"gzip": gzip.decompress, "br": brotli.decompress}

FAIL = """
import django, sentry_sdk
django.setup()
from django.test import Client, override_settings
with override_settings(ROOT_URLCONF="tests.error_urls"):
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "a-secret-session-key"
    response = client.get("/kk/boom/", headers={"X-Forwarded-For": "203.0.113.7"}, REMOTE_ADDR="198.51.100.9")
print(response.status_code, sentry_sdk.get_client().is_active())
sentry_sdk.flush(10)
"""


@pytest.fixture
def sentry():
    received = []

    class Keep(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            encoding = self.headers.get("Content-Encoding")
            if encoding in DECOMPRESS:
                body = DECOMPRESS[encoding](body)
            received.append((self.path, body.decode()))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Keep)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://public-key@127.0.0.1:{server.server_address[1]}/42", received
    server.shutdown()


def test_nothing_is_set_up_without_a_dsn(settings):
    assert not settings.SENTRY_DSN
    assert not sentry_sdk.get_client().is_active()


@pytest.mark.django_db
def test_an_unhandled_error_is_reported_without_personal_data(sentry):
    if connection.vendor != "postgresql":
        pytest.skip("the subprocess needs the PostgreSQL test database")
    dsn, received = sentry
    env = project_env(SENTRY_DSN=dsn, DATABASE_URL=database_url())
    done = subprocess.run(
        [sys.executable, "-c", FAIL], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.stdout.split()[:2] == ["500", "True"], done.stderr
    envelopes = [body for path, body in received if path == "/api/42/envelope/"]
    events = [
        json.loads(line)
        for body in envelopes
        for line in body.splitlines()
        if '"exception"' in line and line.startswith("{")
    ]
    assert events, received
    event = events[0]
    (exception,) = event["exception"]["values"]
    assert (exception["type"], exception["value"]) == ("RuntimeError", "a bug in a view")
    assert event["environment"] == "test"
    assert {"django", "celery"} <= set(event["sdk"]["integrations"])
    everything = "\n".join(envelopes)
    for personal in ("a-secret-session-key", "203.0.113.7", "198.51.100.9"):
        assert personal not in everything
    assert "cookies" not in event["request"] and "Cookie" not in event["request"].get("headers", {})
