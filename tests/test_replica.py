"""Reads from the replica (issue #17 point 2, lms/replica.py).

The test settings give the replica as a second connection to the test
database: what a test writes stays in its transaction on the primary's
connection, unseen by the replica's, like a replica a long way behind. So a
page read from the replica does not find a certificate the test just issued,
and a page read from the primary does; the queries each connection ran say
the same. (SQLite's in-memory test database cannot be read that way: these
tests run on PostgreSQL, as CI does.)"""

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms import replica
from tests.factories import CertificateFactory
from tests.ops.servers import closed_port
from tests.reports.helpers import person
from users import roles

pytestmark = [
    pytest.mark.django_db(databases=["default", "replica"]),
    pytest.mark.skipif(
        connections["default"].vendor != "postgresql", reason="needs PostgreSQL, as CI"
    ),
]


@pytest.fixture(autouse=True)
def replica_reads(settings):
    settings.DATABASE_REPLICA_READS = True
    settings.DATABASE_REPLICA_CHECK_SECONDS = 60
    replica.forget_health()
    yield
    replica.forget_health()
    connections["replica"].close()  # the test database is dropped at the end


@pytest.fixture
def certificate():
    return CertificateFactory()


def api(client, certificate):
    return client.get(reverse("api-certificate", args=[certificate.code]))


class Capture:
    """The queries each database ran inside the block."""

    def __enter__(self):
        self.primary = CaptureQueriesContext(connections["default"]).__enter__()
        self.replica = CaptureQueriesContext(connections["replica"]).__enter__()
        return self

    def __exit__(self, *exc):
        self.replica.__exit__(*exc)
        self.primary.__exit__(*exc)

    @staticmethod
    def on(captured, table):
        return [query for query in captured.captured_queries if table in query["sql"]]


@pytest.fixture
def replica_gone():
    """The replica's address points at a port nobody listens on."""
    connection = connections["replica"]
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "postgresql":
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
    else:
        connection.settings_dict["NAME"] = "/nonexistent/folder/replica.sqlite3"
    yield
    connection.close()
    connection.settings_dict.clear()
    connection.settings_dict.update(saved)


def test_public_verification_reads_from_the_replica(client, certificate):
    with Capture() as capture:
        response = api(client, certificate)
    # The replica has not got the certificate yet: what a lagging replica would say.
    assert response.status_code == 404
    assert Capture.on(capture.replica, "certificates_certificate")
    assert not Capture.on(capture.primary, "certificates_certificate")


def test_the_verify_page_and_the_status_list_read_from_the_replica_too(client, certificate):
    with Capture() as capture:
        page = client.get(reverse("certificates:verify", args=[certificate.code]))
        status_list = client.get(reverse("api-status-list", args=[1]))
    assert page.status_code == 404 and status_list.status_code in (200, 503)
    assert len(Capture.on(capture.replica, "certificates_certificate")) >= 2
    assert not Capture.on(capture.primary, "certificates_certificate")


def test_after_a_write_the_same_browser_reads_from_the_primary(client, certificate):
    response = client.post(reverse("account_logout"))  # any change made by this browser
    assert response.cookies[replica.PIN_COOKIE]["max-age"] == 15
    with Capture() as capture:
        response = api(client, certificate)
    assert response.status_code == 200 and response.json()["number"] == certificate.number
    assert not Capture.on(capture.replica, "certificates_certificate")
    # Another browser, which changed nothing, still reads from the replica.
    other = client.__class__()
    assert api(other, certificate).status_code == 404


def test_without_a_replica_setting_everything_reads_from_the_primary(client, certificate, settings):
    settings.DATABASE_REPLICA_READS = False
    with Capture() as capture:
        assert api(client, certificate).status_code == 200
    assert not capture.replica.captured_queries
    assert "lms_primary" not in client.post(reverse("account_logout")).cookies


def test_a_replica_that_is_down_leaves_reads_on_the_primary(
    client, certificate, replica_gone, caplog
):
    with Capture() as capture:
        assert api(client, certificate).status_code == 200
        assert api(client, certificate).status_code == 200
    assert "does not answer" in caplog.text
    assert caplog.text.count("does not answer") == 1  # checked once, then remembered
    assert Capture.on(capture.primary, "certificates_certificate")


def test_a_replica_failing_during_a_page_gives_the_primary_s_answer(
    client, certificate, replica_gone, caplog
):
    # Found usable a moment ago, then gone: the page's own query fails.
    replica._health.update(checked=10**12, usable=True)
    response = api(client, certificate)
    assert response.status_code == 200
    assert "again on the primary" in caplog.text
    assert replica._health["usable"] is False


def test_a_replica_too_far_behind_is_left_alone(client, certificate, settings, caplog):
    settings.DATABASE_REPLICA_MAX_LAG = -1  # any lag, 0 included, is too much
    with Capture() as capture:
        assert api(client, certificate).status_code == 200
    assert "behind" in caplog.text
    assert not Capture.on(capture.replica, "certificates_certificate")


def test_report_pages_read_from_the_replica_and_posts_do_not(client, settings):
    analyst = person(roles.NATIONAL_ANALYSTS)
    client.force_login(analyst)
    with Capture() as capture:
        response = client.get(reverse("reports:courses"))
    assert response.status_code == 200
    assert Capture.on(capture.replica, "wagtailcore_page")  # the course list
    # Who they are and what they may see: the primary's (a role taken away counts at once).
    assert Capture.on(capture.primary, "auth_group")
    assert not Capture.on(capture.replica, "auth_") and not Capture.on(capture.replica, "users_")
    with Capture() as capture:
        client.post(reverse("reports:refresh"), {"next": reverse("reports:courses")})
    assert not capture.replica.captured_queries


def test_reads_inside_a_transaction_stay_on_the_primary(certificate):
    from django.db import transaction

    from certificates.models import Certificate

    with replica.reading():
        assert not Certificate.objects.filter(pk=certificate.pk).exists()  # the replica's
        with transaction.atomic():
            assert Certificate.objects.filter(pk=certificate.pk).exists()  # the primary's
    assert Certificate.objects.filter(pk=certificate.pk).exists()  # not asked: the primary


def test_a_background_export_reads_its_rows_from_the_replica(certificate):
    from exports import services
    from exports.models import ExportJob

    staff = person(roles.NATIONAL_ANALYSTS)
    job = services.create(staff, "certificates-registry", {})
    with Capture() as capture:
        services.run(job.pk)
    job = ExportJob.objects.get(pk=job.pk)
    assert job.status in ("done", "failed")
    assert Capture.on(capture.replica, "certificates_certificate")
    assert Capture.on(capture.primary, "exports_exportjob")  # its own progress: the primary


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_a_replica_stopped_under_an_open_connection_gives_the_verify_page_from_the_primary(
    client, certificate, caplog
):
    # As in production (settings.base): the replica's connection is kept and
    # checked before reuse. The replica stops: the check finds the connection
    # dead, and connecting again fails before any connection exists
    # (ops/rehearsal found this page answering 500 then). No test transaction
    # here: inside one, Django keeps a closed connection's object.
    connection = connections["replica"]
    saved = dict(connection.settings_dict)
    connection.settings_dict["CONN_HEALTH_CHECKS"] = True
    connection.settings_dict["CONN_MAX_AGE"] = 60
    try:
        url = reverse("certificates:verify", args=[certificate.code])
        client.get(url)  # the replica's connection opens, and stays
        assert connection.connection is not None
        replica._health.update(checked=10**12, usable=True)  # found usable a moment ago
        connection.connection.close()  # the server went away under it
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
        # What request_started does (the test client leaves it out): the next
        # query checks the kept connection first.
        connection.close_if_unusable_or_obsolete()
        response = client.get(url)
        assert response.status_code == 200
        assert certificate.number in response.content.decode()
        assert "again on the primary" in caplog.text
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
