"""Pace: at most ``CoursePage.daily_hours_cap`` academic hours are credited
per calendar day in Asia/Almaty, proved through the learner's own requests,
with the clock moved by time-machine; the certificate states the first and
last days hours were credited on."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.messages import ERROR, SUCCESS
from django.utils import translation

from certificates.services import issue_for_enrolment
from courses import services
from courses.editions import current_edition
from courses.hours import academic_hours
from courses.models import AssessmentPage, Attempt, Enrolment, HoursCredit, LessonProgress
from courses.scoring import answer_key
from tests.certificates.conftest import make_template
from tests.course_fixtures import lessons, tiny_course

pytestmark = pytest.mark.django_db

ALMATY = ZoneInfo("Asia/Almaty")
# A Monday; any day would do.
DAY = datetime(2026, 3, 2, tzinfo=ALMATY)


def done_message():
    with translation.override("kk"):
        return translation.gettext("Lesson done.")


def almaty(day, hour, minute=0):
    """``day`` days after DAY, at hour:minute in Almaty."""
    return DAY + timedelta(days=day, hours=hour, minutes=minute)


@pytest.fixture
def course_data():
    # One module of six 2-hour lessons (12 hours), its test, the final test.
    return tiny_course(modules=1, lessons_per_module=6, slug="pace")


@pytest.fixture
def enrolment(teacher_client, teacher, course):
    with time_machine.travel(almaty(0, 9), tick=False):
        return services.enroll(teacher, course)


def studied(client, enrolment, lesson):
    """Open the lesson page, then give it the active time it needs (the
    heartbeats themselves are tested in test_learning)."""
    assert client.get(lesson.url).status_code == 200
    LessonProgress.objects.filter(enrolment=enrolment, lesson_key=lesson.translation_key).update(
        active_seconds=lesson.min_active_minutes * 60 + 30
    )


def mark_done(client, lesson):
    """The learner presses "Mark the lesson as done"; returns the messages shown."""
    response = client.post(lesson.url, {"action": "complete"}, follow=True)
    assert response.status_code == 200
    return [(message.level, message.message) for message in response.context["messages"]]


def limit_message(cap, hours, left, what="lesson"):
    """The refusal in the language of the pages (kk), from the catalogue."""
    with translation.override("kk"):
        if what == "lesson":
            text = translation.gettext(
                "The daily limit is %(cap)s, and this lesson (%(hours)s) does not fit "
                "into what is left today (%(left)s). You can mark it as done tomorrow; "
                "your study time is kept."
            )
        else:
            text = translation.gettext(
                "The daily limit is %(cap)s, and this test (%(hours)s) does not fit "
                "into what is left today (%(left)s). You can start it tomorrow."
            )
        return text % {
            "cap": academic_hours(cap),
            "hours": academic_hours(hours),
            "left": academic_hours(left),
        }


def credited_days(enrolment):
    return sorted(HoursCredit.objects.filter(enrolment=enrolment).values_list("day", flat=True))


def test_the_daily_cap_holds_across_midnight_in_almaty(teacher_client, course, enrolment):
    client = teacher_client
    first, second, third, fourth, fifth, _sixth = lessons(course)
    with time_machine.travel(almaty(0, 10), tick=False):
        for lesson in (first, second, third, fourth):
            studied(client, enrolment, lesson)
            assert mark_done(client, lesson) == [(SUCCESS, done_message())]
        enrolment.refresh_from_db()
        assert enrolment.hours_done == Decimal("8")

        # The fifth 2-hour lesson would make 10 hours today: refused, and said why.
        studied(client, enrolment, fifth)
        assert mark_done(client, fifth) == [(ERROR, limit_message(8, 2, 0))]

    def nothing_lost():
        enrolment.refresh_from_db()
        assert str(fifth.translation_key) not in enrolment.done
        assert enrolment.hours_done == Decimal("8")
        progress = LessonProgress.objects.get(enrolment=enrolment, lesson_key=fifth.translation_key)
        assert progress.completed_at is None
        assert progress.active_seconds >= fifth.min_active_minutes * 60  # the time is kept
        assert not HoursCredit.objects.filter(item_key=fifth.translation_key).exists()

    nothing_lost()

    # A minute before midnight in Almaty it is still the same day.
    with time_machine.travel(almaty(0, 23, 59), tick=False):
        assert mark_done(client, fifth) == [(ERROR, limit_message(8, 2, 0))]
    nothing_lost()

    # A minute after midnight in Almaty: a new day, though in UTC it is still
    # the evening before.
    after_midnight = almaty(1, 0, 1)
    assert after_midnight.astimezone(UTC).date() == DAY.date()
    with time_machine.travel(after_midnight, tick=False):
        assert mark_done(client, fifth) == [(SUCCESS, done_message())]
    enrolment.refresh_from_db()
    assert enrolment.hours_done == Decimal("10")
    assert credited_days(enrolment) == [DAY.date()] * 4 + [DAY.date() + timedelta(days=1)]


def test_the_pages_show_todays_allowance(teacher_client, course, enrolment):
    client = teacher_client
    first, second, third, *_rest = lessons(course)
    with time_machine.travel(almaty(0, 10), tick=False):
        for lesson in (first, second, third):
            studied(client, enrolment, lesson)
            mark_done(client, lesson)
        fourth = lessons(course)[3]
        for url in (fourth.url, course.url):
            response = client.get(url)
            assert response.context["allowance"] == {
                "credited": Decimal("6"),
                "cap": Decimal("8"),
                "left": Decimal("2"),
            }
            html = response.content.decode()
            with translation.override("kk"):
                expected = translation.gettext(
                    "Today: %(credited)s of %(cap)s credited, %(left)s left."
                ) % {"credited": "6", "cap": academic_hours(8), "left": academic_hours(2)}
            assert expected in html

    # The next day in Almaty the whole allowance is back.
    with time_machine.travel(almaty(1, 0, 1), tick=False):
        response = client.get(course.url)
        assert response.context["allowance"]["credited"] == 0
        assert response.context["allowance"]["left"] == Decimal("8")


def test_a_test_whose_hours_do_not_fit_cannot_be_started(teacher_client, course, enrolment):
    client = teacher_client
    test = AssessmentPage.objects.descendant_of(course).order_by("path").first()
    test.hours = Decimal("6")
    test.save_revision().publish()
    # The learner studies the course as changed (its current edition).
    Enrolment.objects.filter(pk=enrolment.pk).update(edition=current_edition(course))
    all_lessons = lessons(course)
    with time_machine.travel(almaty(0, 10), tick=False):
        for lesson in all_lessons[:4]:
            studied(client, enrolment, lesson)
            mark_done(client, lesson)
    with time_machine.travel(almaty(1, 10), tick=False):
        for lesson in all_lessons[4:]:
            studied(client, enrolment, lesson)
            assert mark_done(client, lesson)[0][0] == SUCCESS
        # The test page says what is left before the learner presses Start.
        page = client.get(test.url)
        assert page.context["allowance"]["left"] == Decimal("4")
        assert 'id="allowance"' in page.content.decode()
        # 4 hours credited today: the 6-hour test does not fit, so it cannot
        # even be started (a pass is never refused after the fact).
        response = client.post(test.url, {"action": "start"}, follow=True)
        messages = [(m.level, m.message) for m in response.context["messages"]]
        assert messages == [(ERROR, limit_message(8, 6, 4, what="test"))]
        assert not Attempt.objects.filter(enrolment=enrolment).exists()
    with time_machine.travel(almaty(2, 10), tick=False):
        client.post(test.url, {"action": "start"})
        attempt = Attempt.objects.get(enrolment=enrolment)
        # While it is open, its hours count as credited today.
        enrolment.refresh_from_db()
        outline = services.get_outline(course)
        credited, _cap, left = services.ledger_allowance(enrolment, outline, attempt.started_at)
        assert (credited, left) == (Decimal("6"), Decimal("2"))


def test_a_test_of_no_hours_is_never_limited(teacher_client, course, enrolment):
    client = teacher_client
    test = AssessmentPage.objects.descendant_of(course).order_by("path").first()
    all_lessons = lessons(course)
    with time_machine.travel(almaty(0, 10), tick=False):
        for lesson in all_lessons[:4]:
            studied(client, enrolment, lesson)
            mark_done(client, lesson)
    with time_machine.travel(almaty(1, 10), tick=False):
        for lesson in all_lessons[4:]:
            studied(client, enrolment, lesson)
            mark_done(client, lesson)
        client.post(test.url, {"action": "start"})
        # 8 hours today and the test has none: it starts.
        assert Attempt.objects.filter(enrolment=enrolment).count() == 1


def test_a_lesson_bigger_than_the_cap_fits_a_day_with_nothing_credited(
    teacher_client, course, enrolment
):
    course.daily_hours_cap = Decimal("1")
    course.save_revision().publish()
    client = teacher_client
    first, second, *_rest = lessons(course)
    with time_machine.travel(almaty(0, 10), tick=False):
        studied(client, enrolment, first)
        assert mark_done(client, first)[0][0] == SUCCESS
        studied(client, enrolment, second)
        assert mark_done(client, second) == [(ERROR, limit_message(1, 2, 0))]
    with time_machine.travel(almaty(1, 10), tick=False):
        assert mark_done(client, second)[0][0] == SUCCESS


def test_a_cap_of_zero_means_no_limit(teacher_client, course, enrolment):
    course.daily_hours_cap = Decimal("0")
    course.save_revision().publish()
    client = teacher_client
    with time_machine.travel(almaty(0, 10), tick=False):
        for lesson in lessons(course):
            studied(client, enrolment, lesson)
            assert mark_done(client, lesson)[0][0] == SUCCESS
        enrolment.refresh_from_db()
        assert enrolment.hours_done == Decimal("12")
        response = client.get(course.url)
        assert response.context["allowance"] is None
        assert 'id="allowance"' not in response.content.decode()


def test_the_certificate_states_the_first_and_last_credit_days(teacher_client, course, enrolment):
    make_template(course)
    client = teacher_client
    all_lessons = lessons(course)
    tests = list(AssessmentPage.objects.descendant_of(course).order_by("path"))
    # Enrolled on day 0; studied on days 3 and 5 (Almaty), finished on day 5.
    with time_machine.travel(almaty(3, 21), tick=False):
        for lesson in all_lessons[:4]:
            studied(client, enrolment, lesson)
            mark_done(client, lesson)
    with time_machine.travel(almaty(5, 8), tick=False):
        for lesson in all_lessons[4:]:
            studied(client, enrolment, lesson)
            mark_done(client, lesson)
        for test in tests:
            attempt = services.start_attempt(enrolment, test)
            services.submit_attempt(enrolment, attempt.pk, answer_key(test, attempt.questions))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    certificate = issue_for_enrolment(enrolment.pk)
    assert certificate.started_on == (DAY + timedelta(days=3)).date()
    assert certificate.completed_on == (DAY + timedelta(days=5)).date()


def test_without_a_ledger_the_certificate_falls_back_to_enrolment_dates(course, teacher):
    """Enrolments completed before the ledger existed keep their old period."""
    make_template(course)
    enrolment = services.enroll(teacher, course)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        enrolled_at=almaty(0, 10), completed_at=almaty(9, 12), hours_done=Decimal("12")
    )
    certificate = issue_for_enrolment(enrolment.pk)
    assert (certificate.started_on, certificate.completed_on) == (
        DAY.date(),
        (DAY + timedelta(days=9)).date(),
    )
