"""A completion while the broker does not answer (lms/enqueue.py): the
completion stands, nothing fails, and the next sweep
(``tasks.issue_missing_certificates``) issues its one certificate."""

import logging

import pytest

from certificates import tasks
from certificates.models import Certificate

from .conftest import complete

pytestmark = pytest.mark.django_db


def test_a_completion_while_the_broker_is_gone_gets_its_certificate_from_the_sweep(
    graduate, course, template, broker_gone, settings, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.WARNING, logger="lms.enqueue")
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete(graduate, course)
    assert "issue_course_certificate" in caplog.text and "not queued" in caplog.text
    assert not Certificate.objects.exists()
    broker_gone()  # back: tasks run in-process
    settings.TASK_SWEEP_GRACE_SECONDS = 10**8
    assert tasks.issue_missing_certificates() == 0  # its own task may still be on its way
    settings.TASK_SWEEP_GRACE_SECONDS = 0
    assert tasks.issue_missing_certificates() == 1
    certificate = Certificate.objects.get()
    assert certificate.source == f"course:{enrolment.pk}" and certificate.pdf
    assert tasks.issue_missing_certificates() == 0  # once
    certificate.status = Certificate.Status.REVOKED
    certificate.save()
    assert tasks.issue_missing_certificates() == 0  # a revoked one is not issued again
