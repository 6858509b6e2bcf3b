"""Self check-in with the rotating code, joins through the platform's link,
and the coordinator's marks."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy import attendance, codes, services
from academy.models import Attendance, Registration

Mark = Attendance.Mark


@pytest.fixture
def started(make_session):
    """A session that started five minutes ago."""
    return make_session(starts_in=timedelta(minutes=-5))


def seat(session, email="p@example.kz", status=Registration.Status.CONFIRMED):
    return Registration.objects.create(session=session, name="Ата-ана", email=email, status=status)


def test_codes_rotate_and_the_previous_one_still_works(started):
    now = timezone.now()
    code = codes.current_code(started, now)
    assert len(code) == 6 and code.isdigit()
    assert codes.matches(started, code, now)
    assert codes.matches(started, code, now + timedelta(seconds=codes.PERIOD_SECONDS))
    assert not codes.matches(started, code, now + timedelta(seconds=3 * codes.PERIOD_SECONDS))
    assert not codes.matches(started, "12345x", now)
    later = [codes.current_code(started, now + timedelta(minutes=m)) for m in range(5)]
    assert len(set(later)) > 1


def test_codes_differ_between_sessions(make_session):
    now = timezone.now()
    one, two = make_session(), make_session()
    assert codes.current_code(one, now) != codes.current_code(two, now)


def test_check_in_during_the_session_marks_present(started, template):
    registration = seat(started)
    result = attendance.check_in(registration, codes.current_code(started))
    assert result.mark == Mark.PRESENT and result.source == Attendance.Source.SELF
    assert result.checked_in_at is not None


def test_check_in_after_the_rule_marks_late(make_session):
    session = make_session(starts_in=timedelta(minutes=-40), minutes=90)
    result = attendance.check_in(seat(session), codes.current_code(session))
    assert result.mark == Mark.LATE


def test_reusing_a_code_records_nothing_new(started):
    registration = seat(started)
    code = codes.current_code(started)
    first = attendance.check_in(registration, code)
    with pytest.raises(services.AcademyError, match="already checked in"):
        attendance.check_in(registration, code)
    assert Attendance.objects.get().checked_in_at == first.checked_in_at


def test_check_in_before_the_window_or_after_it(make_session):
    early = make_session(starts_in=timedelta(minutes=30))
    with pytest.raises(services.AcademyError, match="not open yet"):
        attendance.check_in(seat(early), codes.current_code(early))
    over = make_session(starts_in=timedelta(hours=-3), minutes=60)
    with pytest.raises(services.AcademyError, match="closed"):
        attendance.check_in(seat(over), codes.current_code(over))
    assert not Attendance.objects.exists()


def test_check_in_opens_a_quarter_of_an_hour_before(make_session):
    soon = make_session(starts_in=timedelta(minutes=10))
    assert attendance.check_in(seat(soon), codes.current_code(soon)).mark == Mark.PRESENT


def test_a_wrong_or_expired_code_records_nothing(started):
    registration = seat(started)
    old = codes.current_code(started, timezone.now() - timedelta(minutes=5))
    for code in ("000000" if old != "000000" else "111111", old, ""):
        with pytest.raises(services.AcademyError, match="Wrong or expired"):
            attendance.check_in(registration, code)
    assert not Attendance.objects.exists()


def test_the_waiting_list_and_cancelled_sessions_cannot_check_in(started, make_session):
    waiting = seat(started, status=Registration.Status.WAITLISTED)
    with pytest.raises(services.AcademyError):
        attendance.check_in(waiting, codes.current_code(started))
    cancelled = make_session(starts_in=timedelta(minutes=-5), status="cancelled")
    with pytest.raises(services.AcademyError, match="cancelled"):
        attendance.check_in(seat(cancelled), codes.current_code(cancelled))


def test_joining_by_the_rule_marks_present(started):
    registration = seat(started)
    assert attendance.record_join(registration)
    record = Attendance.objects.get()
    assert record.joined_at and record.mark == Mark.PRESENT
    assert record.source == Attendance.Source.JOIN
    # A second join keeps the first time.
    assert not attendance.record_join(registration)
    assert Attendance.objects.get().joined_at == record.joined_at


def test_a_late_join_is_recorded_and_left_to_the_coordinator(make_session, programme):
    programme.present_rule_minutes = 10
    programme.save_revision().publish()
    session = make_session(starts_in=timedelta(minutes=-12))
    attendance.record_join(seat(session))
    record = Attendance.objects.get()
    assert record.joined_at and record.mark == ""


def test_joins_outside_the_window_record_nothing(make_session):
    early = make_session(starts_in=timedelta(hours=2))
    assert not attendance.record_join(seat(early))
    in_person = make_session(starts_in=timedelta(minutes=-5), format="in_person")
    assert not attendance.record_join(seat(in_person, "x@example.kz"))
    assert not Attendance.objects.exists()


def test_the_coordinator_marks_many_at_once_and_corrects(started, coordinator):
    people = [seat(started, f"p{n}@example.kz") for n in range(3)]
    waiting = seat(started, "w@example.kz", status=Registration.Status.WAITLISTED)
    attendance.check_in(people[0], codes.current_code(started))
    marked = attendance.mark(
        started, [p.pk for p in people] + [waiting.pk], Mark.ABSENT, coordinator
    )
    assert marked.count == 3  # the waiting list is not on the register
    assert set(Attendance.objects.values_list("mark", flat=True)) == {Mark.ABSENT}
    attendance.mark(started, [people[0].pk], Mark.EXCUSED, coordinator)
    record = Attendance.objects.get(registration=people[0])
    assert record.mark == Mark.EXCUSED and record.marked_by == coordinator
    assert record.source == Attendance.Source.COORDINATOR
    assert record.checked_in_at is not None  # the check-in time stays on record
    with pytest.raises(services.AcademyError):
        attendance.mark(started, [people[0].pk], "bogus", coordinator)
