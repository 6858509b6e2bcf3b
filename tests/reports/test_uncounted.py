"""Reports before the summaries were ever counted (a fresh ``make run`` with
no Celery beat) and for places with no summary rows: every report URL answers
200 with zeros and says the figures are not counted yet (or when they were).

The regression test of the 500 on ``total["enrolled"] is None``: unlike the
``country`` fixture, the data here is made and never refreshed.
"""

import csv
import io

import pytest
from openpyxl import load_workbook
from wagtail.models import Locale

from courses import services
from courses.builder import translate_course
from courses.models import CoursePage, Enrolment
from directory.models import Region
from reports.models import (
    AcademyWeek,
    CourseWeek,
    SchoolAcademyStats,
    SchoolCourseStats,
    SummaryRun,
)
from reports.stats import refresh_academy_stats, refresh_course_stats
from tests.course_fixtures import tiny_course
from tests.factories import (
    DistrictFactory,
    HomePageFactory,
    SchoolFactory,
    UserFactory,
    course_tree,
)
from tests.module_data import rolled_back
from tests.reports.conftest import (
    PRESENT,
    make_programme,
    make_session,
)
from tests.reports.helpers import person
from users import roles

# One xdist worker for the module: its data (`uncounted`) is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]

NOT_COUNTED = {
    "kk": "Көрсеткіштер әлі есептелмеген.",
    "ru": "Данные ещё не подсчитаны.",
    "en": "Figures not counted yet.",
}
COUNTED = {
    "kk": "Көрсеткіштер есептелген уақыт:",
    "ru": "Данные подсчитаны",
    "en": "Figures counted at",
}
COURSE_FIGURES = ("enrolled", "active_30d", "completed", "certificates", "average_hours")
ACADEMY_FIGURES = ("held", "cancelled", "registrations", "attended", "certificates")


@pytest.fixture(scope="module")
def uncounted(django_db_setup, django_db_blocker):
    """A course in kk, ru and en; one region, district and school with two
    teachers enrolled (one has
    completed) and a Parents' Academy session held with two seats; no
    summary counted."""
    with django_db_blocker.unblock(), rolled_back():
        home = HomePageFactory()
        course = course_tree(home, tiny_course())
        _programme, topics = make_programme(home)
        for code in ("ru", "en"):
            translate_course(course, tiny_course(), Locale.objects.get(language_code=code))
        region = Region.objects.order_by("sort_order").first()
        district = DistrictFactory(region=region)
        school = SchoolFactory(district=district, region=region)
        for n in range(2):
            enrolment = services.enroll(UserFactory(role="teacher", school=school), course)
            if n == 0:
                Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=enrolment.enrolled_at)
        make_session(school, topics[0], -2, seats=[("confirmed", PRESENT), ("confirmed", None)])
        yield {"region": region, "district": district, "school": school, "course": course}


def staff(who, data):
    return {
        "coordinator": lambda: person(roles.SCHOOL_COORDINATORS, school=data["school"]),
        "district": lambda: person(
            roles.DISTRICT_OFFICERS, district=data["district"], region=data["region"]
        ),
        "region": lambda: person(roles.REGIONAL_OFFICERS, region=data["region"]),
        "analyst": lambda: person(roles.NATIONAL_ANALYSTS),
        "admin": lambda: person(is_superuser=True, is_staff=True),
    }[who]()


# The places each role may open: its own (no parameter) and every level below.
PLACES = {
    "coordinator": [],
    "district": ["school"],
    "region": ["district", "school"],
    "analyst": ["region", "district", "school"],
    "admin": ["region", "district", "school"],
}


def queries_for(who, data):
    return [""] + [f"{level}={data[level].pk}" for level in PLACES[who]]


def assert_no_summaries():
    """The premise of every test here: nothing has been counted."""
    for model in (SchoolCourseStats, CourseWeek, SchoolAcademyStats, AcademyWeek, SummaryRun):
        assert not model.objects.exists(), model.__name__


def body(response):
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("who", list(PLACES))
def test_every_report_answers_with_zeros_before_any_count(client, uncounted, who, language):
    assert_no_summaries()
    client.force_login(staff(who, uncounted))
    for query in queries_for(who, uncounted):
        base = f"/{language}/reports/courses/?{query}"
        page = client.get(base)
        assert page.status_code == 200, base
        assert {name: page.context["total"][name] for name in COURSE_FIGURES} == dict.fromkeys(
            COURSE_FIGURES, 0
        )
        assert page.context["trend"] == [] and page.context["counted_at"] is None
        html = page.content.decode()
        assert NOT_COUNTED[language] in html
        assert f'action="/{language}/reports/refresh/"' in html  # the recount button

        for kind in ("csv", "xlsx"):
            export = client.get(f"{base}&export={kind}")
            assert export.status_code == 200, (base, kind)
            learners = client.get(f"/{language}/reports/courses/learners/?{query}&export={kind}")
            assert learners.status_code == 200, (base, kind)

        academy = client.get(f"/{language}/reports/academy/?{query}")
        assert academy.status_code == 200
        assert {name: academy.context["total"][name] for name in ACADEMY_FIGURES} == dict.fromkeys(
            ACADEMY_FIGURES, 0
        )
        assert academy.context["total"]["rate"] is None
        assert academy.context["trend"] == [] and academy.context["topics"] == []
        assert NOT_COUNTED[language] in academy.content.decode()
        for extra in ("export=csv", "export=xlsx", "table=topics&export=csv"):
            response = client.get(f"/{language}/reports/academy/?{query}&{extra}")
            assert response.status_code == 200, (query, extra)
    assert_no_summaries()


def test_the_learner_list_reads_the_learners_not_the_summaries(client, uncounted):
    """At school level the list (and its export) shows who is enrolled, counted or not."""
    client.force_login(staff("coordinator", uncounted))
    page = client.get("/kk/reports/courses/")
    assert len(page.context["learners"]) == 2
    lines = list(
        csv.reader(
            io.StringIO(body(client.get("/kk/reports/courses/learners/")).decode("utf-8-sig"))
        )
    )
    assert len(lines) == 3  # the header and two learners
    book = load_workbook(io.BytesIO(body(client.get("/kk/reports/courses/?export=xlsx"))))
    rows = list(book.active.iter_rows(min_row=2, values_only=True))
    assert rows == []  # no summary row yet: no place to list
    assert_no_summaries()


def test_a_place_without_rows_after_a_count_shows_zeros_and_when(client, uncounted):
    refresh_course_stats()
    refresh_academy_stats()
    counted_at = SummaryRun.objects.get(kind="courses").counted_at
    empty = SchoolFactory(district=uncounted["district"], region=uncounted["region"])
    client.force_login(staff("analyst", uncounted))
    for language in ("kk", "ru", "en"):
        page = client.get(f"/{language}/reports/courses/?school={empty.pk}")
        assert page.status_code == 200
        assert page.context["total"]["enrolled"] == 0 and page.context["rows"] == []
        assert page.context["counted_at"] == counted_at
        html = page.content.decode()
        assert COUNTED[language] in html and NOT_COUNTED[language] not in html
        academy = client.get(f"/{language}/reports/academy/?school={empty.pk}")
        assert academy.context["total"]["held"] == 0
        assert COUNTED[language] in academy.content.decode()
    # The counted school has its figures: the count did happen.
    page = client.get(f"/en/reports/courses/?school={uncounted['school'].pk}")
    assert (page.context["total"]["enrolled"], page.context["total"]["completed"]) == (2, 1)


def test_without_a_published_course_the_page_says_so(client, uncounted):
    CoursePage.objects.filter(locale__language_code="ru").get().unpublish()
    client.force_login(staff("region", uncounted))
    page = client.get("/ru/reports/courses/")
    assert page.status_code == 200
    assert "На этом языке ещё не опубликован ни один курс" in page.content.decode()
    assert client.get("/ru/reports/courses/?export=csv").status_code == 404
    assert client.get("/ru/reports/courses/learners/").status_code == 404
    assert client.get("/ru/reports/academy/").status_code == 200


def test_a_long_learner_list_is_known_before_any_count(client, uncounted, monkeypatch):
    """Never counted, the summaries cannot say a list is long: a bounded count does."""
    from reports import views

    monkeypatch.setattr(views, "LONG_EXPORT_ROWS", 1)
    client.force_login(staff("region", uncounted))
    page = client.get("/kk/reports/courses/learners/")
    assert page.status_code == 200
    assert page.context["total"]["enrolled"] == 2  # the limit plus one: enough to know
    assert "reports/long_export.html" in [t.name for t in page.templates]
    assert_no_summaries()
