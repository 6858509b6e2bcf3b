"""``benchmarks.national_data`` on a small country beside the demo: counts,
scope links, the report figures against counts made independently,
repeatability with a seed, and the refusal to run twice (or to touch the
demo) without --replace. What a test generates is rolled back after it."""

from datetime import timedelta

import pytest
from django.db.models import Count, F, Q
from django.utils import timezone

from academy.models import Attendance, Registration, Session
from benchmarks import national_data
from certificates.models import Certificate, NumberCounter
from courses.models import Enrolment
from directory.models import District, School
from reports import queries
from reports.models import SchoolCourseStats
from users.models import User

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("acceptance")]

SMALL = {"regions": 2, "districts": 4, "schools": 40, "teachers": 2_000, "parents": 5_000}
NATIONAL = Q(email__endswith=f"@{national_data.DOMAIN}")


@pytest.fixture(scope="module")
def demo_emails(demo, django_db_blocker):
    with django_db_blocker.unblock():
        return set(User.objects.values_list("email", flat=True))


def generate(**size):
    return national_data.generate(national_data.Size(**size), log=lambda message: None)


def test_small_country(demo_emails):
    generate(**SMALL)
    districts = District.objects.filter(code__startswith=national_data.DISTRICT_PREFIX)
    schools = School.objects.filter(code__startswith=national_data.SCHOOL_PREFIX)
    assert districts.count() == 4
    assert districts.values("region").distinct().count() == 2
    assert schools.count() == 40
    assert all("мектеп" in name for name in schools.values_list("name_kk", flat=True))

    staff = User.objects.filter(NATIONAL).exclude(role="parent")
    assert staff.count() == 2_000
    assert Enrolment.objects.filter(user__in=staff).count() == 2_000
    sessions = Session.objects.filter(school__in=schools)
    registrations = Registration.objects.filter(session__in=sessions)
    assert registrations.values("email").distinct().count() == 5_000
    accounts = User.objects.filter(NATIONAL, role="parent").count()
    assert 1_300 < accounts < 2_100  # about a third registered with an account
    assert registrations.filter(user__isnull=False).values("user").distinct().count() == accounts
    assert 5_000 < registrations.count() < 6 * 5_000

    # Scope links: every account's district and region are its school's.
    people = User.objects.filter(NATIONAL)
    assert people.filter(school__isnull=True).count() == 0
    assert people.exclude(district=F("school__district")).count() == 0
    assert people.exclude(region=F("school__region")).count() == 0
    assert people.exclude(region=F("school__district__region")).count() == 0
    assert schools.exclude(region=F("district__region")).count() == 0

    # Plausible progress and attendance.
    enrolments = Enrolment.objects.filter(user__in=staff)
    completed = enrolments.filter(completed_at__isnull=False)
    assert 0.2 < completed.count() / 2_000 < 0.4
    assert completed.exclude(hours_done__gte=80).count() == 0
    assert completed.filter(completed_at__lte=F("enrolled_at")).count() == 0
    weeks = {e.isocalendar()[:2] for e in enrolments.values_list("enrolled_at", flat=True)}
    assert len(weeks) > 20
    assert sessions.filter(status="cancelled").exists()
    held = sessions.filter(status="scheduled", starts_at__lte=timezone.now())
    marked = Attendance.objects.filter(registration__session__in=sessions)
    assert marked.exclude(registration__session__in=held).count() == 0
    assert marked.exclude(registration__status="confirmed").count() == 0
    assert marked.count() == registrations.filter(session__in=held, status="confirmed").count()

    # Certificates: one per completion, numbers unique, counters continued.
    course_certificates = Certificate.objects.filter(source__startswith="course:", holder__in=staff)
    assert course_certificates.count() == completed.count()
    academy = Certificate.objects.filter(source__startswith="academy:", holder__in=people)
    assert academy.exists()
    numbers = list(Certificate.objects.values_list("number", "version"))
    assert len(numbers) == len(set(numbers))
    for counter in NumberCounter.objects.all():
        issued = Certificate.objects.filter(number__startswith=counter.series).count()
        assert counter.last == issued
    required = national_data.demo_pages()[1].required_sessions
    attended = dict(
        marked.filter(mark__in=Attendance.ATTENDED, registration__user__isnull=False)
        .values_list("registration__user")
        .annotate(n=Count("pk"))
    )
    assert set(academy.values_list("holder", flat=True)) == {
        user for user, n in attended.items() if n >= required
    }

    # The demo accounts are still there, unchanged in number.
    assert demo_emails <= set(User.objects.values_list("email", flat=True))


def test_report_figures_match_the_rows(demo_emails):
    generate(**SMALL)
    course = national_data.demo_pages()[0]
    month_ago = timezone.now() - timedelta(days=30)
    assert (
        SchoolCourseStats.objects.filter(
            school__code__startswith=national_data.SCHOOL_PREFIX
        ).count()
        == 40
    )
    rows, total = queries.course_rows(course.translation_key, queries.Place("national"))
    for row in rows:
        enrolments = Enrolment.objects.filter(
            course_key=course.translation_key, user__school__region=row["id"]
        )
        expected = {
            "enrolled": enrolments.count(),
            "completed": enrolments.filter(completed_at__isnull=False).count(),
            "active_30d": enrolments.filter(last_activity_at__gte=month_ago).count(),
            "certificates": Certificate.objects.filter(
                status="valid", source__startswith="course:", school__region=row["id"]
            ).count(),
        }
        # The summary was made a moment ago: allow the 30-day edge to move by a few.
        assert abs(row.pop("active_30d") - expected.pop("active_30d")) <= 3
        assert {name: row[name] for name in expected} == expected
    assert total["enrolled"] == Enrolment.objects.filter(user__school__isnull=False).count()


def test_same_seed_same_data_and_replace_only_national(demo_emails):
    small = {"regions": 1, "districts": 2, "schools": 8, "teachers": 300, "parents": 800}
    today = timezone.localdate()
    generate(**small, today=today)
    first = national_data.fingerprint()
    people = User.objects.filter(NATIONAL).count()
    with pytest.raises(national_data.NationalDataExists):
        generate(**small, today=today)
    national_data.generate(
        national_data.Size(**small, today=today), replace=True, log=lambda message: None
    )
    assert national_data.fingerprint() == first
    assert User.objects.filter(NATIONAL).count() == people
    assert demo_emails <= set(User.objects.values_list("email", flat=True))
    national_data.generate(
        national_data.Size(**small, today=today, seed=7), replace=True, log=lambda message: None
    )
    assert national_data.fingerprint() != first
    national_data.delete_national(log=lambda message: None)
    assert not national_data.national_exists()
    assert set(User.objects.values_list("email", flat=True)) == demo_emails


def test_command_generates_and_refuses_to_run_twice(demo_emails):
    lines = []
    arguments = ["--regions", "1", "--districts", "1", "--schools", "2", "--teachers", "20"]
    arguments += ["--parents", "30", "--today", "2026-03-02"]
    national_data.main(arguments, lines.append)
    assert lines[0].startswith("Generating 2 schools, 20 school staff and 30 parents")
    assert lines[-1].startswith("National data ready")
    assert School.objects.filter(code__startswith=national_data.SCHOOL_PREFIX).count() == 2
    with pytest.raises(SystemExit, match="--replace"):
        national_data.main(arguments, lines.append)
