"""Certificates through a real Celery worker on Redis and PostgreSQL."""

import email
import email.policy

import pytest

from certificates.models import Certificate
from certificates.tasks import issue_course_certificate
from tests.certificates.conftest import complete, make_template
from tests.course_fixtures import tiny_course
from tests.factories import HomePageFactory, UserFactory, course_tree
from tests.worker import (
    flush_broker,
    require_real_services,
    sending_to_broker,
    wait_for,
    worker,
)

# Each pytest-xdist worker has a Redis database of its own (tests/worker.py).
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def course_with_template(migrated_data, settings, tmp_path):
    require_real_services()
    settings.MEDIA_ROOT = tmp_path / "media"
    home = HomePageFactory(title="Home", slug="home-w")
    course = course_tree(home, tiny_course(1, 1, slug="worker"))
    make_template(course)
    flush_broker()
    yield course
    flush_broker()


def letters(tmp_path):
    """Subject and text of every letter the worker wrote (one file per batch)."""
    folder = tmp_path / "mail"
    found = []
    for path in sorted(folder.glob("*.log")) if folder.exists() else []:
        for raw in path.read_text().split("-" * 79):
            if not raw.strip():
                continue
            message = email.message_from_string(raw.strip(), policy=email.policy.default)
            body = message.get_body(preferencelist=("plain",))
            found.append(f"{message['subject']}\n{body.get_content() if body else ''}")
    return found


def test_completion_gives_a_certificate_within_seconds(course_with_template, tmp_path):
    learner = UserFactory(role="teacher", email="fast@example.kz", last_name="Әлімжанова")
    with worker(tmp_path), sending_to_broker():
        enrolment = complete(learner, course_with_template)  # queues the task on commit
        certificate = wait_for(
            lambda: (
                Certificate.objects.filter(source=f"course:{enrolment.pk}").exclude(pdf="").first()
            ),
            seconds=120,
        )
        assert certificate is not None, (tmp_path / "worker.log").read_text()
        assert wait_for(lambda: any(certificate.number in text for text in letters(tmp_path)))
    assert (tmp_path / "private" / certificate.pdf.name).exists()


def test_racing_tasks_leave_one_certificate_each_and_no_gap(course_with_template, tmp_path):
    with sending_to_broker():
        # Each completion queues its task; duplicates are queued on top.
        first = complete(UserFactory(role="teacher"), course_with_template)
        second = complete(UserFactory(role="teacher"), course_with_template)
        for _ in range(2):
            issue_course_certificate.delay(first.pk)
            issue_course_certificate.delay(second.pk)
        assert not Certificate.objects.exists()
    with worker(tmp_path, concurrency=2):
        assert wait_for(
            lambda: (
                Certificate.objects.exclude(pdf="").count() == 2
                and Certificate.objects.filter(emailed_at__isnull=False).count() == 2
            )
        ), (tmp_path / "worker.log").read_text()
        wait_for(lambda: False, seconds=2)  # let any duplicate deliveries finish
    numbers = sorted(Certificate.objects.values_list("number", flat=True))
    assert [number[-6:] for number in numbers] == ["000001", "000002"]
    assert Certificate.objects.filter(source=f"course:{first.pk}").count() == 1
    assert len(letters(tmp_path)) == 2


def test_a_failure_after_rendering_is_retried_into_one_certificate(course_with_template, tmp_path):
    with sending_to_broker():
        enrolment = complete(UserFactory(role="teacher"), course_with_template)
    # First worker: the SMTP server is down, so every try fails after rendering.
    with worker(tmp_path, EMAIL_FILE_PATH="", EMAIL_HOST="127.0.0.1", EMAIL_PORT="9"):
        assert wait_for(lambda: Certificate.objects.exclude(pdf="").exists()), (
            tmp_path / "worker.log"
        ).read_text()
        assert wait_for(lambda: "Retry in" in (tmp_path / "worker.log").read_text())
    rendered = Certificate.objects.get()
    assert rendered.emailed_at is None
    # The task runs again (as Celery retries it) with mail working.
    with worker(tmp_path), sending_to_broker():
        issue_course_certificate.delay(enrolment.pk)
        assert wait_for(lambda: Certificate.objects.filter(emailed_at__isnull=False).exists())
    final = Certificate.objects.get()
    assert (final.pk, final.number, final.pdf.name) == (
        rendered.pk,
        rendered.number,
        rendered.pdf.name,
    )
    assert len(letters(tmp_path)) == 1
