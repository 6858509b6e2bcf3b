"""Course report: figures checked against counts computed independently from
the source rows. The scope of every report is walked in ``test_scope``; the
data (``country``) is in ``conftest``."""

import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from courses.models import Enrolment
from reports.stats import refresh_course_stats
from tests.factories import SchoolFactory
from tests.reports.helpers import person
from users import roles

# One xdist worker for the module: its data (conftest's `country`) is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]


def url(**params):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"/kk/reports/courses/?{query}"


def test_figures_match_independent_counts(client, country):
    client.force_login(person(roles.NATIONAL_ANALYSTS))
    page = client.get(url())
    assert page.status_code == 200
    north, south = country["regions"]
    by_region = {row["id"]: row for row in page.context["rows"]}
    for region in (north, south):
        enrolments = Enrolment.objects.filter(user__school__region=region)
        assert by_region[region.pk]["enrolled"] == enrolments.count()
        assert by_region[region.pk]["completed"] == enrolments.exclude(completed_at=None).count()
        month_ago = timezone.now() - timedelta(days=30)
        assert (
            by_region[region.pk]["active_30d"]
            == enrolments.filter(last_activity_at__gte=month_ago).count()
        )
    assert page.context["total"]["enrolled"] == Enrolment.objects.count() == 12


def test_drill_down_to_a_school_lists_its_learners(client, country):
    client.force_login(person(roles.NATIONAL_ANALYSTS))
    north = country["regions"][0]
    districts = client.get(url(region=north.pk)).context["rows"]
    assert {row["id"] for row in districts} == {d.pk for d in country["districts"][:2]}
    school = country["schools"]["a"]
    page = client.get(url(school=school.pk))
    assert len(page.context["learners"]) == 5
    assert page.context["total"]["completed"] == 2


def test_exports_carry_the_figures(client, country):
    client.force_login(person(roles.NATIONAL_ANALYSTS))
    response = client.get(url(export="csv"))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert sum(int(row[1]) for row in rows[1:]) == 12
    book = load_workbook(io.BytesIO(b"".join(client.get(url(export="xlsx")).streaming_content)))
    sheet = book.active
    assert sum(row[1] for row in sheet.iter_rows(min_row=2, values_only=True)) == 12
    learners = client.get("/kk/reports/courses/learners/")
    lines = list(csv.reader(io.StringIO(b"".join(learners.streaming_content).decode("utf-8-sig"))))
    assert len(lines) == 13


def test_report_pages_run_a_constant_number_of_queries(
    client, country, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(person(roles.NATIONAL_ANALYSTS))
    client.get(url())
    with CaptureQueriesContext(connection) as small:
        client.get(url())
    for _ in range(20):
        SchoolFactory(district=country["districts"][0], region=country["regions"][0])
    refresh_course_stats()
    with CaptureQueriesContext(connection) as large:
        client.get(url())
    assert len(large) == len(small)


def test_the_learner_list_can_be_prepared_in_the_background(
    client, country, django_capture_on_commit_callbacks
):
    """The report page's form starts a background export of exactly the
    place on screen; its file holds the same rows as the streamed list."""
    import re

    client.force_login(person(roles.REGIONAL_OFFICERS, region=country["regions"][0]))
    page = client.get(url(region=country["regions"][0].pk)).content.decode()
    form = re.search(
        r'<form method="post" action="([^"]*/exports/[^"]+)"[^>]*>(.*?)</form>', page, re.S
    )
    assert form is not None
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form[2]))
    assert fields["region"] == str(country["regions"][0].pk)
    with django_capture_on_commit_callbacks(execute=True):  # the task is queued on commit
        started = client.post(form[1], {**fields, "format": "csv"})
    assert started.status_code == 302
    job = client.get(started["Location"])
    download = re.search(r'href="(/kk/exports/\d+/download/)"', job.content.decode())
    assert download is not None  # in-process tasks: done at once
    prepared = b"".join(client.get(download[1]).streaming_content).decode("utf-8-sig")
    streamed = client.get(f"/kk/reports/courses/learners/?region={fields['region']}")
    streamed = b"".join(streamed.streaming_content).decode("utf-8-sig")
    assert sorted(csv.reader(io.StringIO(prepared))) == sorted(csv.reader(io.StringIO(streamed)))
    assert len(list(csv.reader(io.StringIO(prepared)))) == 1 + 8  # schools a and b: 5 + 3


def test_a_schools_trend_counts_only_that_school(client, country):
    from courses import services
    from tests.factories import UserFactory

    school = country["schools"]["a"]
    neighbour = SchoolFactory(district=school.district, region=school.region)
    for _ in range(2):
        services.enroll(UserFactory(role="teacher", school=neighbour), country["course"])
    refresh_course_stats()
    client.force_login(person(roles.SCHOOL_COORDINATORS, school=school))
    trend = client.get(url()).context["trend"]
    assert sum(week["enrolled"] for week in trend) == 5  # not the neighbour's 2
    assert sum(week["completed"] for week in trend) == 2
    client.force_login(person(roles.DISTRICT_OFFICERS, district=school.district))
    assert sum(week["enrolled"] for week in client.get(url()).context["trend"]) == 7
    client.force_login(person(roles.NATIONAL_ANALYSTS))
    national = client.get(url()).context["trend"]
    assert sum(week["enrolled"] for week in national) == 14


def test_the_header_leads_staff_with_a_scope_to_the_reports(client, country):
    link = 'href="/kk/reports/courses/"'
    client.force_login(person(roles.DISTRICT_OFFICERS, district=country["districts"][0]))
    assert link in client.get("/kk/me/").content.decode()
    client.force_login(person(roles.METHODOLOGISTS))  # staff, but no report scope
    assert link not in client.get("/kk/me/").content.decode()
    client.force_login(person(None, school=country["schools"]["a"]))
    assert link not in client.get("/kk/me/").content.decode()
    page = client.get(url())
    assert page.status_code == 403


def test_a_long_learner_list_is_offered_in_the_background(client, country, monkeypatch):
    from reports import views

    client.force_login(person(roles.NATIONAL_ANALYSTS))
    monkeypatch.setattr(views, "LONG_EXPORT_ROWS", 10)  # 12 learners in the country
    page = client.get("/kk/reports/courses/learners/")
    assert page.status_code == 200
    assert page["Content-Type"].startswith("text/html")
    html = page.content.decode()
    assert 'action="/kk/exports/start/reports-learners/"' in html
    assert "/kk/reports/courses/learners/" not in client.get(url()).content.decode()
    # A smaller place still downloads at once.
    region = country["regions"][0]  # 8 learners
    small = client.get(f"/kk/reports/courses/learners/?region={region.pk}")
    assert small["Content-Type"].startswith("text/csv")
    assert "/kk/reports/courses/learners/" in client.get(url(region=region.pk)).content.decode()


def test_the_school_learner_list_comes_in_pages(client, country, monkeypatch):
    from reports import views

    monkeypatch.setattr(views, "LEARNERS_PER_PAGE", 2)
    school = country["schools"]["a"]  # 5 learners
    client.force_login(person(roles.SCHOOL_COORDINATORS, school=school))
    seen = []
    for number in (1, 2, 3):
        page = client.get(url(page=number))
        seen += [e.user.email for e in page.context["learners"]]
    assert len(seen) == len(set(seen)) == 5
    html = client.get(url(page=2)).content.decode()
    assert 'rel="prev"' in html and 'rel="next"' in html
    assert client.get(url(page=99)).context["learners"].number == 3  # the last page
