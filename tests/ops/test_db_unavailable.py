"""A database restarting (lms/db_unavailable.py): a GET whose kept connection
died runs once more on a fresh one; with the database still gone, the answer
is 503 with Retry-After, not a 500. The heartbeat does the same in its view.

Real parts: gunicorn reaching PostgreSQL through a relay whose connections
are dropped (a restart) or cut (the database gone), as ops/rehearsal's
primary restart did; the heartbeat through the test client on a connection
closed under Django."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from courses import attention, services
from courses.views import heartbeat_token
from tests.course_fixtures import lessons

from .servers import Relay, closed_port, database_url, get, gunicorn

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)"
)
# Reads the database (and answers 404: no such certificate), never from the cache.
PAGE = "/kk/certificates/verify/no-such-code-0000000000/"


@needs_postgresql
@pytest.mark.django_db
def test_a_restart_costs_no_page_and_the_database_gone_gives_503(tmp_path):
    db = connection.settings_dict
    relay = Relay((db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)))
    with gunicorn(tmp_path, DATABASE_URL=database_url(relay.port)) as base:
        assert get(f"{base}{PAGE}")[0] == 404  # its connection is kept (CONN_MAX_AGE)
        relay.drop()  # the database restarted: the kept connection is dead
        status, body = get(f"{base}{PAGE}")
        assert status == 404, body  # the page, not a 500
        relay.cut()  # and now gone
        status, body = get(f"{base}{PAGE}")
        assert status == 503, body
        assert "Сайт уақытша қолжетімсіз".encode() in body  # in the page's language
        assert db["NAME"].encode() not in body
    log = (tmp_path / "gunicorn.log").read_text()
    assert "once more" in log and "503" in log
    assert "Internal Server Error" not in log


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_heartbeat_on_a_dead_connection_counts_once_and_503_while_the_database_is_gone(
    migrated_data, client, teacher, course
):
    client.force_login(teacher)
    enrolment = services.enroll(teacher, course)
    start = timezone.now() - timedelta(seconds=20)
    progress = services.open_lesson(enrolment, lessons(course)[0], now=start)
    token = heartbeat_token(progress.pk, enrolment.pk, teacher.pk, client.session.session_key)

    def beat(beats):
        return client.post(
            "/kk/learn/heartbeat/", {"token": token, "nonce": attention.nonce(progress.pk, beats)}
        )

    connection.ensure_connection()
    connection.connection.close()  # the server went away under the kept connection
    answer = beat(0)
    assert answer.status_code == 200, answer.content
    progress.refresh_from_db()
    assert progress.beats == 1 and 19 <= progress.active_seconds <= 30
    saved = dict(connection.settings_dict)
    try:
        connection.close()
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
        gone = beat(1)
        assert gone.status_code == 503 and gone["Retry-After"] == "5"
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
    progress.refresh_from_db()
    assert progress.beats == 1  # nothing counted while it was gone
