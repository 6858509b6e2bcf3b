"""The admin's "Unusual evidence" screen: who completed faster than the pace
allows, beat for hours with no break, gave the same reflection answer as
others, or missed attention checks, with the evidence; within the viewer's
scope; it changes nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services
from courses.models import Enrolment, LessonProgress, ReflectionAnswer
from tests.course_fixtures import lessons, tiny_course
from tests.courses.test_learner_admin import staff
from tests.factories import SchoolFactory, UserFactory, course_tree
from users import roles

pytestmark = pytest.mark.django_db

URL = "/admin/courses/integrity/"
SAME = "Баламен жеке сөйлесіп, ата-анасына хабарлаймын."


@pytest.fixture
def course(home):
    return course_tree(home, tiny_course(modules=3, lessons_per_module=2))  # 12 h


def learner(course, school, last_name):
    user = UserFactory(role="teacher", school=school, last_name=last_name)
    return services.enroll(user, course)


def progress(enrolment, lesson, **fields):
    now = timezone.now()
    return LessonProgress.objects.create(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        started_at=fields.pop("started_at", now),
        last_beat_at=fields.pop("last_beat_at", now),
        **fields,
    )


@pytest.fixture
def evidence(course):
    school, elsewhere = SchoolFactory(), SchoolFactory()
    first, second = lessons(course)[:2]
    block = next(b.id for b in first.body if b.block_type == "reflection")
    now = timezone.now()

    fast = learner(course, school, "Жылдамова")
    Enrolment.objects.filter(pk=fast.pk).update(completed_at=now, hours_done=12)

    nonstop = learner(course, school, "Тоқтаусызов")
    progress(
        nonstop,
        first,
        started_at=now - timedelta(hours=6),
        active_seconds=5.8 * 3600,
        beats=1400,
    )

    copies = [learner(course, school, f"Көшірмеев{n}") for n in range(2)]
    for enrolment, text in zip(copies, [SAME, f"  {SAME.upper()} "], strict=True):
        ReflectionAnswer.objects.create(
            enrolment=enrolment, lesson_key=first.translation_key, block_id=block, text=text
        )

    careless = learner(course, school, "Зейінсізова")
    progress(careless, second, checks_failed=3, checks_passed=1, active_seconds=600)

    honest = learner(course, school, "Адалова")
    progress(honest, first, started_at=now - timedelta(hours=1), active_seconds=900)
    ReflectionAnswer.objects.create(
        enrolment=honest, lesson_key=first.translation_key, block_id=block, text="Өз ойым бар."
    )
    other_school = learner(course, elsewhere, "Басқамектепова")
    Enrolment.objects.filter(pk=other_school.pk).update(completed_at=now, hours_done=12)
    return {"school": school, "honest": honest, "other": other_school}


def test_unusual_evidence_is_listed_with_the_evidence(client, course, evidence):
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    before = list(Enrolment.objects.values_list("pk", "hours_done", "completed_at"))
    page = client.get(URL, {"course": str(course.translation_key)})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Жылдамова" in html and "in 1 day; the pace allows it in 2 at the least" in html
    assert "Тоқтаусызов" in html and "5 h 48 min of heartbeats with no break" in html
    assert "Көшірмеев0" in html and "Көшірмеев1" in html
    assert "the same reflection answer as 1 other learner" in html
    assert "Зейінсізова" in html and "Missed 3 attention checks (1 answered)." in html
    assert "Адалова" not in html
    assert "Басқамектепова" in html  # a national analyst sees every school
    # It flags; it changes nothing.
    assert list(Enrolment.objects.values_list("pk", "hours_done", "completed_at")) == before


def test_a_coordinator_sees_only_the_school(client, course, evidence):
    coordinator = staff(roles.SCHOOL_COORDINATORS, school=evidence["school"])
    client.force_login(coordinator)
    html = client.get(URL).content.decode()
    assert "Жылдамова" in html and "Басқамектепова" not in html


@pytest.mark.parametrize(
    "course_param", ["", "'", "x" * 300, "00000000-0000-0000-0000-000000000000"]
)
def test_odd_course_values_show_the_first_course(client, course, evidence, course_param):
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    page = client.get(URL, {"course": course_param})
    assert page.status_code == 200 and "Жылдамова" in page.content.decode()


def test_people_without_a_scope_are_refused(client, course, evidence):
    client.force_login(staff(roles.METHODOLOGISTS))  # in the admin, but no report scope
    refused = client.get(URL)  # Wagtail's admin answers PermissionDenied with its home page
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    client.force_login(UserFactory(role="teacher"))
    assert client.get(URL).status_code == 302  # to the admin's sign-in
    client.logout()
    assert client.get(URL).status_code == 302
