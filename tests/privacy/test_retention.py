"""Retention (issue #15 point 4): the daily task deletes or empties what is
older than its period and nothing else, for every rule, and the periods
come from settings."""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from academy.models import Attendance, Registration
from audit.models import AccessRecord, AccessSubject
from certificates.models import Wave
from courses import services
from courses.models import AssessmentPage, Attempt, ReflectionAnswer
from exports.models import ExportJob
from privacy.models import DataExport
from privacy.tasks import enforce_retention
from tests.course_fixtures import lessons
from tests.factories import CertificateFactory, SessionFactory, UserFactory
from users.models import User

pytestmark = pytest.mark.django_db
DAY = timedelta(days=1)


def test_every_rule_takes_the_old_and_leaves_the_new(settings, teacher, course, session):
    settings.PRIVACY_RETENTION_DAYS = {
        "guest_registrations": 100,
        "reflections": 50,
        "attempt_answers": 40,
        "exports": 30,
        "unconfirmed_accounts": 20,
        "audit_records": 10,
        "admin_logs": 10,
        "wave_lists": 5,
    }
    now = timezone.now()

    # Guests' registrations: of a session that ended 101 days ago, and 99.
    old_session = SessionFactory(topic=session.topic, starts_in=-101 * DAY - timedelta(hours=2))
    recent_session = SessionFactory(topic=session.topic, starts_in=-99 * DAY - timedelta(hours=2))
    old_seat = Registration.objects.create(
        session=old_session, name="Ким Ольга", email="olga@example.kz", status="confirmed"
    )
    Attendance.objects.create(registration=old_seat, mark="present")
    Registration.objects.create(
        session=recent_session, name="Ким Ольга", email="olga@example.kz", status="confirmed"
    )
    member = Registration.objects.create(  # an account holder's: kept with the account
        session=old_session, name="Ахметова", email=teacher.email, user=teacher, status="confirmed"
    )

    # Reflections saved 51 and 49 days ago.
    enrolment = services.enroll(teacher, course)
    first, second = lessons(course)[:2]
    for lesson, text in ((first, "ескі"), (second, "жаңа")):
        block = next(b for b in lesson.body if b.block_type == "reflection")
        services.save_reflection(enrolment, lesson, block.id, text)
    ReflectionAnswer.objects.filter(text="ескі").update(updated_at=now - 51 * DAY)
    ReflectionAnswer.objects.filter(text="жаңа").update(updated_at=now - 49 * DAY)

    # Test attempts submitted 41 and 39 days ago.
    module_test = AssessmentPage.objects.descendant_of(course).first()
    old_attempt, new_attempt = (
        Attempt.objects.create(
            enrolment=enrolment,
            assessment=module_test,
            assessment_key=module_test.translation_key,
            number=n,
            started_at=now - days * DAY,
            submitted_at=now - days * DAY,
            answers={"q": ["a"]},
            score=80,
            passed=True,
        )
        for n, days in ((1, 41), (2, 39))
    )

    # Exports asked for 31 and 29 days ago, with their files.
    for model, days in ((ExportJob, 31), (ExportJob, 29), (DataExport, 31), (DataExport, 29)):
        row = (
            ExportJob.objects.create(user=teacher, kind="k")
            if model is ExportJob
            else DataExport.objects.create(user=teacher)
        )
        row.file.save(f"f{days}.zip", ContentFile(b"x"))
        model.objects.filter(pk=row.pk).update(created_at=now - days * DAY)

    # Accounts never confirmed: 21 days old, 19 days old, and 21 days old but used.
    stale = UserFactory(email="stale@example.kz", verified=False)
    fresh = UserFactory(email="fresh@example.kz", verified=False)
    used = UserFactory(email="used@example.kz", verified=False)
    User.objects.filter(pk__in=[stale.pk, used.pk]).update(date_joined=now - 21 * DAY)
    User.objects.filter(pk=fresh.pk).update(date_joined=now - 19 * DAY)
    User.objects.filter(pk=used.pk).update(last_login=now - 21 * DAY)
    confirmed_old = teacher  # a confirmed account of any age stays
    User.objects.filter(pk=teacher.pk).update(date_joined=now - 400 * DAY)

    # Staff access records: 11 days old (with whose data it showed), and 9.
    looker = UserFactory(email="looker@example.kz")
    aged = AccessRecord.objects.create(at=now - 11 * DAY, actor=looker, what="admin_user", rows=1)
    AccessSubject.objects.create(record=aged, user_id=teacher.pk)
    recent_record = AccessRecord.objects.create(
        at=now - 9 * DAY, actor=looker, what="admin_user", rows=1
    )
    AccessSubject.objects.create(record=recent_record, user_id=teacher.pk)

    # Wagtail's log of actions on records: 11 days old and 9.
    certificate = CertificateFactory(holder=teacher)
    old_log = log(instance=certificate, action="certificates.revoke", user=looker)
    ModelLogEntry.objects.filter(pk=old_log.pk).update(timestamp=now - 11 * DAY)
    new_log = log(instance=certificate, action="certificates.revoke", user=looker)
    ModelLogEntry.objects.filter(pk=new_log.pk).update(timestamp=now - 9 * DAY)

    # Certificate waves' uploaded lists: checked 6 days ago and never
    # confirmed, stopped 6 days ago, checked 4 days ago, running 6 days ago.
    waves = {
        (status, days): Wave.objects.create(
            file_name=f"{status}-{days}.csv",
            content="email,name\nolga@example.kz,Ким",
            status=status,
        )
        for status, days in (("checked", 6), ("stopped", 6), ("checked", 4), ("running", 6))
    }
    for (_status, days), wave in waves.items():
        Wave.objects.filter(pk=wave.pk).update(created_at=now - days * DAY)

    # Sessions: one expired a minute ago, one alive.
    expired = SessionStore()
    expired["academy_email"] = "olga@example.kz"
    expired.set_expiry(now - timedelta(minutes=1))
    expired.create()
    alive = SessionStore()
    alive.create()

    counts = enforce_retention()

    assert counts == {
        "guest_registrations": 2,  # the registration and its attendance mark
        "reflections": 1,
        "attempt_answers": 1,
        "exports": 2,
        "unconfirmed_accounts": 1,
        "audit_records": 1,
        "admin_logs": 1,
        "wave_lists": 2,
        "expired_sessions": 1,
    }
    emptied = {key for key, wave in waves.items() if not Wave.objects.get(pk=wave.pk).content}
    assert emptied == {("checked", 6), ("stopped", 6)}
    assert Wave.objects.count() == 4  # the records stay
    assert list(ModelLogEntry.objects.values_list("pk", flat=True)) == [new_log.pk]
    assert list(Session.objects.values_list("session_key", flat=True)) == [alive.session_key]
    assert list(AccessRecord.objects.values_list("pk", flat=True)) == [recent_record.pk]
    assert list(AccessSubject.objects.values_list("record", flat=True)) == [recent_record.pk]
    assert list(
        Registration.objects.filter(user__isnull=True).values_list("session", flat=True)
    ) == [recent_session.pk]
    assert Registration.objects.filter(pk=member.pk).exists()
    assert list(ReflectionAnswer.objects.values_list("text", flat=True)) == ["жаңа"]
    old_attempt.refresh_from_db()
    new_attempt.refresh_from_db()
    assert old_attempt.answers == {} and old_attempt.passed and old_attempt.score == 80
    assert new_attempt.answers == {"q": ["a"]}
    assert ExportJob.objects.count() == 1 and DataExport.objects.count() == 1
    assert set(User.objects.values_list("email", flat=True)) >= {
        "fresh@example.kz",
        "used@example.kz",
        confirmed_old.email,
    }
    assert not User.objects.filter(email="stale@example.kz").exists()
    assert EmailAddress.objects.filter(user=teacher, verified=True).exists()

    # A second run finds nothing more.
    assert set(enforce_retention().values()) == {0}
