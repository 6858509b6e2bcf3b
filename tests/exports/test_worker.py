"""An export through a real Celery worker on Redis and PostgreSQL: the job
goes from waiting through running (rows written rising) to done."""

import pytest

from exports import services
from exports.models import ExportJob
from tests.course_fixtures import tiny_course
from tests.exports.conftest import add_learners, read_csv, staff
from tests.exports.slow import PROGRESS_EVERY, register
from tests.factories import HomePageFactory, SchoolFactory, course_tree
from tests.worker import flush_broker, require_real_services, sending_to_broker, wait_for, worker
from users import roles

# Each pytest-xdist worker has a Redis database of its own (tests/worker.py).
pytestmark = pytest.mark.django_db(transaction=True)

LEARNERS = 120


@pytest.fixture
def course_with_learners(migrated_data, settings, tmp_path):
    require_real_services()
    settings.MEDIA_ROOT = tmp_path / "media"
    home = HomePageFactory(title="Home", slug="home-x")
    course = course_tree(home, tiny_course(1, 1, slug="export-worker"))
    add_learners(course, SchoolFactory(), LEARNERS)
    register()
    flush_broker()
    yield course
    flush_broker()


def test_a_job_runs_in_the_worker_with_rising_progress(
    course_with_learners, client, tmp_path, monkeypatch
):
    monkeypatch.setattr(services, "PROGRESS_EVERY", PROGRESS_EVERY)
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    log = tmp_path / "worker.log"
    seen = []

    def observe():
        job = ExportJob.objects.get()
        if not seen or seen[-1] != (job.status, job.rows_done):
            seen.append((job.status, job.rows_done))
        return job.status in ("done", "failed")

    with worker(tmp_path, DJANGO_SETTINGS_MODULE="tests.exports.worker_settings"):
        with sending_to_broker():
            response = client.post(
                "/kk/exports/start/tests-slow-learners/",
                {"course": str(course_with_learners.translation_key), "format": "csv"},
            )
        assert response.status_code == 302
        page = client.get(response.url).content.decode()
        assert 'http-equiv="refresh"' in page  # waiting or running: it refreshes itself
        assert wait_for(observe, seconds=120, interval=0.05), log.read_text()
    job = ExportJob.objects.get()
    assert job.status == "done", (job.error, log.read_text())
    running = [done for status, done in seen if status == "running"]
    assert len(running) >= 3, seen  # several progress updates were seen
    assert running == sorted(running) and any(0 < done < LEARNERS for done in running), seen
    assert seen[-1] == ("done", LEARNERS)
    assert job.rows_total == LEARNERS and job.started_at < job.finished_at
    rows = read_csv(b"".join(client.get(f"/kk/exports/{job.pk}/download/").streaming_content))
    assert len(rows) == LEARNERS + 1
    assert [row[0] for row in rows[1:]] == sorted(row[0] for row in rows[1:])
