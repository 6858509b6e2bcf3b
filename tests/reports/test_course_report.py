"""Course report: scope on every URL and export, and figures checked against
counts computed independently from the source rows."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from openpyxl import load_workbook

from courses import services
from courses.models import Enrolment
from directory.models import Region
from reports.stats import refresh_course_stats
from tests.factories import DistrictFactory, SchoolFactory, UserFactory
from users import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def country(course):
    """Two regions, a district each (plus a second in the first), a school each."""
    north, south = Region.objects.order_by("sort_order")[:2]
    d1 = DistrictFactory(region=north)
    d2 = DistrictFactory(region=north)
    d3 = DistrictFactory(region=south)
    schools = {
        "a": SchoolFactory(district=d1, region=north),
        "b": SchoolFactory(district=d2, region=north),
        "c": SchoolFactory(district=d3, region=south),
    }
    now = timezone.now()
    plan = {"a": (5, 2), "b": (3, 1), "c": (4, 0)}  # enrolled, completed
    for key, (enrolled, completed) in plan.items():
        for n in range(enrolled):
            teacher = UserFactory(role="teacher", school=schools[key])
            enrolment = services.enroll(teacher, course)
            fields = {"hours_done": 2 * (n + 1), "last_activity_at": now - timedelta(days=n * 10)}
            if n < completed:
                fields["completed_at"] = now
            Enrolment.objects.filter(pk=enrolment.pk).update(**fields)
    refresh_course_stats()
    return {
        "regions": (north, south),
        "districts": (d1, d2, d3),
        "schools": schools,
        "course": course,
    }


def person(group=None, **place):
    user = UserFactory(role="", **{"school": None, **place})
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


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


MATRIX = [
    # who, place asked, expected status
    ("anonymous", {}, 302),
    ("teacher", {}, 403),
    ("coordinator", {}, 200),
    ("coordinator", {"school": "b"}, 404),
    ("coordinator", {"district": 0}, 404),
    ("district", {}, 200),
    ("district", {"school": "a"}, 200),
    ("district", {"school": "b"}, 404),
    ("district", {"region": 0}, 404),
    ("regional", {}, 200),
    ("regional", {"school": "b"}, 200),
    ("regional", {"school": "c"}, 404),
    ("regional", {"region": 1}, 404),
    ("analyst", {"school": "c"}, 200),
    ("analyst", {"region": 1}, 200),
]


def login_as(client, who, country):
    north = country["regions"][0]
    d1 = country["districts"][0]
    school_a = country["schools"]["a"]
    users = {
        "teacher": lambda: UserFactory(role="teacher", school=school_a),
        "coordinator": lambda: person(roles.SCHOOL_COORDINATORS, school=school_a),
        "district": lambda: person(roles.DISTRICT_OFFICERS, district=d1, region=north),
        "regional": lambda: person(roles.REGIONAL_OFFICERS, region=north),
        "analyst": lambda: person(roles.NATIONAL_ANALYSTS),
    }
    if who != "anonymous":
        client.force_login(users[who]())


def resolve(asked, country):
    params = {}
    for key, value in asked.items():
        if key == "school":
            params["school"] = country["schools"][value].pk
        elif key == "district":
            params["district"] = country["districts"][value].pk
        else:
            params["region"] = country["regions"][value].pk
    return params


@pytest.mark.parametrize(("who", "asked", "status"), MATRIX)
@pytest.mark.parametrize("view", ["report", "csv", "xlsx", "learners"])
def test_permission_matrix(client, country, who, asked, status, view):
    login_as(client, who, country)
    params = resolve(asked, country)
    if view == "learners":
        address = "/kk/reports/courses/learners/?" + "&".join(f"{k}={v}" for k, v in params.items())
    else:
        if view != "report":
            params["export"] = view
        address = url(**params)
    assert client.get(address).status_code == status


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
