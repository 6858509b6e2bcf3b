"""Background exports through HTTP: start, run (eagerly, as in the test
settings), follow the progress page, download; who may see and download what;
failures, retries, expiry and batched progress."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from courses.models import Enrolment
from exports import registry, services
from exports.models import ExportJob
from exports.registry import Exporter
from exports.tasks import clean_up, run_export
from tests.exports.conftest import add_learners, read_csv, read_xlsx, staff
from tests.factories import UserFactory
from users import roles

pytestmark = pytest.mark.django_db

START = "/kk/exports/start/reports-learners/"


def expected_learners(course, **place):
    """The learner list computed straight from the enrolments."""
    enrolments = (
        Enrolment.objects.filter(course_key=course.translation_key, **place)
        .select_related("user__school")
        .order_by("user__last_name", "user__first_name", "pk")
    )
    return [
        [
            e.user.last_name,
            e.user.first_name,
            e.user.patronymic,
            e.user.email,
            e.user.school.name_kk,
            e.enrolled_at.date().isoformat(),
            float(e.hours_done),
            e.completed_at.date().isoformat() if e.completed_at else "",
        ]
        for e in enrolments
    ]


def kazakh_header():
    with translation.override("kk"):
        return [str(h) for h in registry.get("reports-learners").header({})]


def start(client, capture, data, path=START):
    with capture(execute=True):
        return client.post(path, data)


def download(client, job):
    response = client.get(f"/kk/exports/{job.pk}/download/")
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_start_run_follow_and_download(
    client, country, django_capture_on_commit_callbacks, file_format
):
    course = country["course"]
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    response = start(
        client,
        django_capture_on_commit_callbacks,
        {"course": str(course.translation_key), "format": file_format},
    )
    job = ExportJob.objects.get()
    assert response.status_code == 302
    assert response.url == f"/kk/exports/{job.pk}/"
    assert job.status == ExportJob.Status.DONE, job.error
    assert job.params == {
        "course": str(course.translation_key),
        "region": None,
        "district": None,
        "school": None,
        "format": file_format,
    }
    assert job.rows_done == job.rows_total == 12
    assert job.file.name.startswith("exports/")
    assert job.file.name.endswith(f"/learners-national.{file_format}")
    assert abs(job.expires_at - job.created_at - timedelta(days=7)) < timedelta(seconds=5)

    page = client.get(response.url)
    html = page.content.decode()
    assert page.status_code == 200
    assert 'http-equiv="refresh"' not in html  # finished: the page stops refreshing
    assert f'href="/kk/exports/{job.pk}/download/"' in html
    assert "learners-national" in html

    data = download(client, job)
    rows = read_csv(data) if file_format == "csv" else read_xlsx(data)
    expected = expected_learners(course)
    if file_format == "csv":
        expected = [[str(value) for value in row] for row in expected]
    else:
        rows = [[value if value is not None else "" for value in row] for row in rows]
    assert rows[0] == kazakh_header()
    assert rows[1:] == expected


def test_a_place_gives_its_learners_only_and_the_list_shows_the_job(
    client, country, django_capture_on_commit_callbacks
):
    school_a = country["schools"][0]
    course = country["course"]
    coordinator = staff(roles.SCHOOL_COORDINATORS, school=school_a)
    client.force_login(coordinator)
    # No place asked: the coordinator's own school, as on the report page.
    start(client, django_capture_on_commit_callbacks, {"course": str(course.translation_key)})
    job = ExportJob.objects.get()
    assert job.params["school"] == school_a.pk and job.format == "csv"
    rows = read_csv(download(client, job))
    assert rows[1:] == [
        [str(v) for v in row] for row in expected_learners(course, user__school=school_a)
    ]
    assert job.filename == "learners-school.csv"
    listing = client.get("/kk/exports/").content.decode()
    assert f'href="/kk/exports/{job.pk}/"' in listing
    assert "learners-school.csv" in listing


def test_progress_page_while_running_refreshes_and_is_labelled(client, country):
    owner = staff(roles.NATIONAL_ANALYSTS)
    job = ExportJob.objects.create(
        user=owner,
        kind="reports-learners",
        params={"course": str(country["course"].translation_key), "format": "csv"},
        status=ExportJob.Status.RUNNING,
        rows_done=2000,
        rows_total=5000,
    )
    client.force_login(owner)
    html = client.get(f"/kk/exports/{job.pk}/").content.decode()
    assert '<meta http-equiv="refresh" content="3">' in html
    assert '<label for="export-progress">' in html
    assert '<progress id="export-progress" max="5000" value="2000">40%</progress>' in html
    assert "2000" in html and "5000" in html and "40%" in html
    assert "/download/" not in html
    # Nothing to download yet.
    assert client.get(f"/kk/exports/{job.pk}/download/").status_code == 404


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 302), ("teacher", 403), ("coordinator", 200), ("analyst", 200)],
)
def test_who_may_start(client, country, django_capture_on_commit_callbacks, who, status):
    people = {
        "teacher": lambda: UserFactory(role="teacher", school=country["schools"][0]),
        "coordinator": lambda: staff(roles.SCHOOL_COORDINATORS, school=country["schools"][0]),
        "analyst": lambda: staff(roles.NATIONAL_ANALYSTS),
    }
    if who != "anonymous":
        client.force_login(people[who]())
    response = start(
        client,
        django_capture_on_commit_callbacks,
        {"course": str(country["course"].translation_key)},
    )
    assert response.status_code == (302 if status == 200 else status)
    assert ExportJob.objects.exists() == (status == 200)


def test_a_place_outside_the_scope_or_unknown_is_404(
    client, country, django_capture_on_commit_callbacks
):
    school_a, school_b = country["schools"]
    client.force_login(staff(roles.SCHOOL_COORDINATORS, school=school_a))
    for asked in ({"school": school_b.pk}, {"district": school_b.district_id}, {"school": 0}):
        response = start(client, django_capture_on_commit_callbacks, {"format": "csv", **asked})
        assert response.status_code == 404
    assert start(client, django_capture_on_commit_callbacks, {"school": 999999}).status_code == 404
    assert not ExportJob.objects.exists()
    assert client.post("/kk/exports/start/no-such-export/").status_code == 404


def test_start_needs_post_and_csrf(country):
    checked = Client(enforce_csrf_checks=True)
    checked.force_login(staff(roles.NATIONAL_ANALYSTS))
    assert checked.get(START).status_code == 405
    assert checked.post(START, {"format": "csv"}).status_code == 403  # no CSRF token
    assert not ExportJob.objects.exists()


def test_the_same_request_twice_gives_one_job_and_active_jobs_are_limited(client, country):
    analyst = staff(roles.NATIONAL_ANALYSTS)
    client.force_login(analyst)
    data = {"course": str(country["course"].translation_key), "format": "xlsx"}
    # Without executing on-commit callbacks, the jobs stay queued.
    first = client.post(START, data)
    second = client.post(START, data)
    assert first.url == second.url and ExportJob.objects.count() == 1
    for region in country["regions"]:
        client.post(START, {**data, "region": region.pk})
    client.post(START, {**data, "format": "csv"})
    client.post(START, {**data, "school": country["schools"][0].pk})
    assert ExportJob.objects.count() == services.ACTIVE_LIMIT
    refused = client.post(START, {**data, "school": country["schools"][1].pk})
    assert refused.url == "/kk/exports/"
    assert ExportJob.objects.count() == services.ACTIVE_LIMIT
    assert client.post(START, data).url == first.url  # the same one is still followed


def test_other_people_get_404_superusers_may_look(
    client, country, django_capture_on_commit_callbacks
):
    owner = staff(roles.NATIONAL_ANALYSTS)
    client.force_login(owner)
    start(client, django_capture_on_commit_callbacks, {"format": "csv"})
    job = ExportJob.objects.get()
    other = Client()
    other.force_login(staff(roles.NATIONAL_ANALYSTS))
    assert other.get(f"/kk/exports/{job.pk}/").status_code == 404
    assert other.get(f"/kk/exports/{job.pk}/download/").status_code == 404
    assert f"/kk/exports/{job.pk}/" not in other.get("/kk/exports/").content.decode()
    anonymous = Client().get(f"/kk/exports/{job.pk}/download/")
    assert anonymous.status_code == 302 and "/login/" in anonymous.url
    admin = Client()
    admin.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert admin.get(f"/kk/exports/{job.pk}/").status_code == 200
    assert read_csv(download(admin, job))[1:]


def test_a_person_whose_scope_shrank_is_refused_at_download(
    client, country, django_capture_on_commit_callbacks
):
    school_a = country["schools"][0]
    officer = staff(roles.REGIONAL_OFFICERS, region=school_a.region)
    client.force_login(officer)
    start(client, django_capture_on_commit_callbacks, {"format": "csv"})
    job = ExportJob.objects.get()
    assert job.status == ExportJob.Status.DONE and job.params["region"] == school_a.region_id
    assert download(client, job)
    officer.groups.remove(Group.objects.get(name=roles.REGIONAL_OFFICERS))
    assert client.get(f"/kk/exports/{job.pk}/download/").status_code == 403
    # Moved to another region: the old region's list is no longer theirs either.
    officer.groups.add(Group.objects.get(name=roles.REGIONAL_OFFICERS))
    officer.region = country["regions"][1]
    officer.save()
    assert client.get(f"/kk/exports/{job.pk}/download/").status_code == 403


def test_the_task_checks_the_rights_again(client, country):
    officer = staff(roles.REGIONAL_OFFICERS, region=country["regions"][0])
    client.force_login(officer)
    client.post(START, {"format": "csv"})  # queued; the task has not run
    job = ExportJob.objects.get()
    officer.groups.clear()
    run_export.delay(job.pk)
    job.refresh_from_db()
    assert job.status == ExportJob.Status.FAILED
    assert job.error and not job.file


class Broken(Exporter):
    title = "Broken"
    calls = 0

    def allowed(self, user, params):
        return True

    def clean(self, user, data):
        return {}

    def header(self, params):
        return ["n"]

    def count(self, user, params):
        return 10

    def rows(self, user, params, seen=None):
        Broken.calls += 1
        yield [1]
        raise RuntimeError("the database went away " + "x" * 400)


@pytest.fixture
def broken():
    Broken.calls = 0
    registry.register("tests-broken", Broken())
    yield
    registry._exporters.pop("tests-broken")


def test_a_failing_exporter_leaves_a_failed_job_with_an_error_and_no_file(
    client, broken, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory())
    start(client, django_capture_on_commit_callbacks, {}, path="/kk/exports/start/tests-broken/")
    job = ExportJob.objects.get()
    assert job.status == ExportJob.Status.FAILED
    assert "the database went away" in job.error and len(job.error) <= 300
    assert job.finished_at is not None and not job.file
    assert Broken.calls == 1 == job.attempts  # in-process: no retry, failed at once
    folder = Path(settings.PRIVATE_ROOT) / "exports"
    assert not folder.exists() or not any(folder.rglob("*.*"))
    html = client.get(f"/kk/exports/{job.pk}/").content.decode()
    assert 'role="alert"' in html and "the database went away" in html
    assert 'http-equiv="refresh"' not in html
    assert client.get(f"/kk/exports/{job.pk}/download/").status_code == 404


class Retried(Exception):
    pass


def test_with_a_broker_a_failure_is_retried_then_the_job_fails(broken, monkeypatch):
    """As a worker runs it: back in the queue while retries remain, then failed,
    never left running."""
    job = ExportJob.objects.create(user=UserFactory(), kind="tests-broken", params={})
    monkeypatch.setattr(run_export, "retry", lambda **kwargs: Retried(kwargs["countdown"]))
    for retries in range(run_export.max_retries):
        run_export.push_request(retries=retries, is_eager=False)
        try:
            with pytest.raises(Retried):
                run_export.run(job.pk)
        finally:
            run_export.pop_request()
        job.refresh_from_db()
        assert job.status == ExportJob.Status.QUEUED and "database went away" in job.error
    run_export.push_request(retries=run_export.max_retries, is_eager=False)
    try:
        assert run_export.run(job.pk) == job.pk
    finally:
        run_export.pop_request()
    job.refresh_from_db()
    assert job.status == ExportJob.Status.FAILED and not job.file
    assert job.attempts == Broken.calls == run_export.max_retries + 1


def test_a_job_delivered_too_often_fails(client, country):
    job = ExportJob.objects.create(
        user=staff(roles.NATIONAL_ANALYSTS),
        kind="reports-learners",
        params={"course": str(country["course"].translation_key)},
        status="running",
        attempts=services.MAX_ATTEMPTS,
    )
    run_export.delay(job.pk)
    job.refresh_from_db()
    assert job.status == "failed" and job.error and not job.file


def test_a_done_job_is_left_alone_and_a_rerun_rewrites_from_scratch(
    client, country, django_capture_on_commit_callbacks
):
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    start(client, django_capture_on_commit_callbacks, {"format": "csv"})
    job = ExportJob.objects.get()
    name = job.file.name
    run_export.delay(job.pk)  # a duplicate delivery of a finished job
    job.refresh_from_db()
    assert (job.file.name, job.attempts) == (name, 1)
    # A run that died half-way (worker killed) is delivered again.
    ExportJob.objects.filter(pk=job.pk).update(status="running", rows_done=7, file="")
    run_export.delay(job.pk)
    job.refresh_from_db()
    assert job.status == "done" and job.attempts == 2 and job.rows_done == 12
    assert job.file.name != name
    assert len(read_csv(download(client, job))) == 13


def test_a_run_superseded_by_a_later_one_stops_and_keeps_no_file(country, monkeypatch):
    owner = staff(roles.NATIONAL_ANALYSTS)
    job = ExportJob.objects.create(
        user=owner,
        kind="reports-learners",
        params={"course": str(country["course"].translation_key), "format": "csv"},
    )
    original = services._progress

    def take_over(job_id, token, **fields):
        ExportJob.objects.filter(pk=job_id).update(run_token="someone-else")
        return original(job_id, token, **fields)

    monkeypatch.setattr(services, "_progress", take_over)
    services.run(job.pk)
    job.refresh_from_db()
    assert job.status == "running" and not job.file  # the later run will finish it
    assert not (Path(settings.PRIVATE_ROOT) / "exports").exists()


def test_expiry_deletes_the_job_and_its_file(client, country, django_capture_on_commit_callbacks):
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    start(client, django_capture_on_commit_callbacks, {"format": "xlsx"})
    job = ExportJob.objects.get()
    path = Path(job.file.path)
    assert path.exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert clean_up.delay().get() == {"deleted": 0, "failed": 0}
    assert path.exists()
    ExportJob.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert client.get(f"/kk/exports/{job.pk}/").status_code == 404  # expired: gone at once
    with django_capture_on_commit_callbacks(execute=True):
        assert clean_up.delay().get() == {"deleted": 1, "failed": 0}
    assert not ExportJob.objects.exists()
    assert not path.exists() and not path.parent.exists()


def test_runs_that_died_unseen_are_failed_by_the_clean_up(country):
    owner = staff(roles.NATIONAL_ANALYSTS)
    now = timezone.now()
    silent = ExportJob.objects.create(
        user=owner, kind="reports-learners", status="running", heartbeat_at=now - timedelta(hours=1)
    )
    busy = ExportJob.objects.create(
        user=owner, kind="reports-learners", status="running", heartbeat_at=now
    )
    lost = ExportJob.objects.create(user=owner, kind="reports-learners")
    ExportJob.objects.filter(pk=lost.pk).update(created_at=now - timedelta(days=1))
    fresh = ExportJob.objects.create(user=owner, kind="reports-learners")
    assert services.clean_up() == (0, 2)
    states = dict(ExportJob.objects.values_list("pk", "status"))
    assert states == {
        silent.pk: "failed",
        busy.pk: "running",
        lost.pk: "failed",
        fresh.pk: "queued",
    }
    assert ExportJob.objects.get(pk=silent.pk).error


def test_progress_is_written_in_batches_not_per_row(country, monkeypatch):
    monkeypatch.setattr(services, "PROGRESS_EVERY", 10)
    owner = staff(roles.NATIONAL_ANALYSTS)
    course = country["course"]

    def queries_for_a_run():
        job = ExportJob.objects.create(
            user=owner,
            kind="reports-learners",
            params={"course": str(course.translation_key), "format": "csv"},
        )
        with CaptureQueriesContext(connection) as captured:
            run_export.delay(job.pk)
        job.refresh_from_db()
        assert job.status == "done"
        updates = [q for q in captured if q["sql"].startswith("UPDATE") and "exports" in q["sql"]]
        return job.rows_done, len(captured), len(updates)

    small_rows, small_queries, small_updates = queries_for_a_run()
    add_learners(course, country["schools"][0], 188, start=1000)
    large_rows, large_queries, large_updates = queries_for_a_run()
    assert (small_rows, large_rows) == (12, 200)
    # claim, count, one per 10 rows, finish
    assert small_updates == 1 + 1 + 1 + 1
    assert large_updates == 1 + 1 + 20 + 1
    # 188 more rows: 19 more progress updates and nothing else per row.
    assert large_queries - small_queries == large_updates - small_updates


def test_the_certificate_registry_exporter_follows_the_admin_filters(
    client, django_capture_on_commit_callbacks
):
    exporter = registry.get("certificates-registry")
    params = exporter.clean(
        None, {"status": "valid", "q": " ПК ", "ordering": "drop table", "junk": "1"}
    )
    assert params == {"status": "valid", "q": "ПК"}
    teacher = UserFactory()
    assert not exporter.allowed(teacher, params)
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = start(
        client,
        django_capture_on_commit_callbacks,
        {"format": "csv", "status": "valid"},
        path="/kk/exports/start/certificates-registry/",
    )
    job = ExportJob.objects.get()
    assert response.url == f"/kk/exports/{job.pk}/" and job.status == "done", job.error
    rows = read_csv(download(client, job))
    assert len(rows) == 1 and len(rows[0]) == 14  # the header of the admin export
    client.force_login(teacher)
    forbidden = client.post("/kk/exports/start/certificates-registry/", {"format": "csv"})
    assert forbidden.status_code == 403
