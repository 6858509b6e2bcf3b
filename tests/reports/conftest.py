"""One small country with course and Parents' Academy data, built once per
test module (``tests.module_data``): the permission matrix costs one build
instead of one per case.

Two regions: north with districts d1 (school a) and d2 (school b), south
with d3 (school c).
"""

import itertools
from datetime import date, timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale

from academy.models import Attendance, Registration, Session
from certificates.models import Certificate, CertificateTemplate
from courses import services
from courses.models import Enrolment
from directory.models import Region
from reports.stats import refresh_academy_stats, refresh_course_stats
from tests.course_fixtures import tiny_course
from tests.factories import (
    DistrictFactory,
    HomePageFactory,
    ProgrammePageFactory,
    SchoolFactory,
    TopicPageFactory,
    UserFactory,
    course_tree,
)
from tests.module_data import rolled_back

_serial = itertools.count(1)


def make_programme(home):
    """A programme of three topics; the programme and the first topic also in Russian."""
    programme = ProgrammePageFactory(parent=home, title="Ата-аналар академиясы", slug="academy")
    topics = [
        TopicPageFactory(parent=programme, title=title, slug=f"topic-{n}")
        for n, title in enumerate(["Әлеуметтік желілер", "Буллинг", "Заңды жауапкершілік"])
    ]
    ru = Locale.objects.get(language_code="ru")
    for page, title in ((programme, programme.title), (topics[0], "Соцсети")):
        copy = page.copy_for_translation(ru, copy_parents=True)
        copy.title = title
        copy.live = True
        copy.save()
    return programme, topics


# A registration: (status, mark); mark None means no attendance row, "" an
# attendance row not yet marked.
PRESENT, LATE, ABSENT, EXCUSED = "present", "late", "absent", "excused"


def make_session(school, topic, days, status="scheduled", seats=()):
    """A session starting ``days`` from now (negative: in the past) with its
    registrations and attendance."""
    starts = timezone.now() + timedelta(days=days)
    session = Session.objects.create(
        school=school,
        topic=topic,
        topic_key=topic.translation_key,
        programme_key=topic.get_parent().translation_key,
        format=Session.Format.IN_PERSON,
        starts_at=starts,
        ends_at=starts + timedelta(minutes=90),
        capacity=40,
        facilitator="Нұрланова Гүлнар",
        status=status,
    )
    for registration_status, mark in seats:
        registration = Registration.objects.create(
            session=session,
            name="Сәрсенова Ләззат",
            email=f"parent{next(_serial)}@example.kz",
            status=registration_status,
        )
        if mark is not None:
            Attendance.objects.create(registration=registration, mark=mark)
    return session


def make_certificate(school, template, source_kind="academy", status="valid", days_ago=1):
    holder = UserFactory(role="parent", school=school)
    number = next(_serial)
    return Certificate.objects.create(
        number=f"АА-{number:06d}",
        source=f"{source_kind}:{number}:{holder.pk}",
        status=status,
        holder=holder,
        template=template,
        holder_name="Сәрсенова Ләззат",
        language="kk",
        hours=3,
        started_on=date(2026, 1, 1),
        completed_on=date(2026, 1, 2),
        issued_at=timezone.now() - timedelta(days=days_ago),
        region_id=school.region_id if school else None,
        school=school,
    )


def make_academy(schools, topics, template):
    """Sessions held, cancelled (past and future), upcoming; registrations of
    every status; every attendance mark; certificates valid, revoked, of a
    course, and without a school."""
    t0, t1, t2 = topics
    a, b, c = schools["a"], schools["b"], schools["c"]
    c_ = "confirmed"
    make_session(
        a,
        t0,
        -1,
        seats=[(c_, PRESENT), (c_, LATE), (c_, ABSENT), (c_, None), ("waitlisted", None)]
        + [("cancelled", None), (c_, EXCUSED)],
    )
    make_session(a, t1, -8, seats=[(c_, PRESENT), (c_, PRESENT)])
    make_session(a, t0, -3, status="cancelled", seats=[(c_, None)])
    make_session(a, t0, 5, seats=[(c_, None), (c_, None)])
    make_session(a, t2, -22, seats=[(c_, LATE), (c_, ABSENT)])
    make_session(b, t1, -15, seats=[(c_, EXCUSED), (c_, PRESENT), (c_, "")])
    make_session(b, t1, 4, status="cancelled", seats=[(c_, None)])
    make_session(b, t0, -10, status="cancelled")
    make_session(c, t0, -2)
    make_session(c, t2, -9, seats=[(c_, PRESENT), ("waitlisted", None)])
    make_session(c, t1, -0.02, seats=[(c_, PRESENT)])  # started half an hour ago: held
    for days in (1, 9):
        make_certificate(a, template, days_ago=days)
    make_certificate(a, template, status="revoked")
    make_certificate(a, template, source_kind="course")
    make_certificate(b, template, days_ago=16)
    make_certificate(None, template)


def make_enrolments(schools, course):
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


@pytest.fixture(scope="module")
def country(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), rolled_back():
        home = HomePageFactory()
        course = course_tree(home, tiny_course())
        programme, topics = make_programme(home)
        template = CertificateTemplate.objects.create(
            name="Academy",
            programme_key=str(programme.translation_key),
            text_kk="-",
            text_ru="-",
            text_en="-",
            organisation_kk="-",
            organisation_ru="-",
            organisation_en="-",
        )
        north, south = Region.objects.order_by("sort_order")[:2]
        d1 = DistrictFactory(region=north)
        d2 = DistrictFactory(region=north)
        d3 = DistrictFactory(region=south)
        schools = {
            "a": SchoolFactory(district=d1, region=north),
            "b": SchoolFactory(district=d2, region=north),
            "c": SchoolFactory(district=d3, region=south),
        }
        make_enrolments(schools, course)
        make_academy(schools, topics, template)
        refresh_course_stats()
        refresh_academy_stats()
        yield {
            "regions": (north, south),
            "districts": (d1, d2, d3),
            "schools": schools,
            "course": course,
            "topics": topics,
            "template": template,
        }
