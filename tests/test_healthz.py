"""The health check answers without a language prefix, a session or a query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_without_touching_the_database(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-cache" in response["Cache-Control"]
    assert "Set-Cookie" not in response.headers
    assert len(queries) == 0


def test_healthz_is_not_under_a_language_prefix(client):
    assert client.get("/kk/healthz/").status_code == 404
