"""Reminders 24 hours and 1 hour before: due, not due, cancelled, already
sent, never twice, and given back when sending fails."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.utils import timezone

from academy import tasks
from academy.models import Registration, Session


def registered(session, email="p@example.kz", days_before=3, status="confirmed"):
    registration = Registration.objects.create(
        session=session, name="Ата-ана", email=email, status=status
    )
    Registration.objects.filter(pk=registration.pk).update(
        created_at=session.starts_at - timedelta(days=days_before)
    )
    return registration


def test_the_24_hour_reminder_is_due_within_a_day(make_session):
    due = registered(make_session(starts_in=timedelta(hours=20)), "due@example.kz")
    registered(make_session(starts_in=timedelta(hours=30)), "later@example.kz")
    assert tasks.send_due_reminders() == 1
    due.refresh_from_db()
    assert due.reminder_24h_sent_at is not None and due.reminder_1h_sent_at is None
    assert [m.to for m in mail.outbox] == [["due@example.kz"]]


def test_the_1_hour_reminder_only_inside_the_last_hour(make_session):
    registration = registered(make_session(starts_in=timedelta(minutes=40)))
    assert tasks.send_due_reminders() == 1
    registration.refresh_from_db()
    # Inside the last hour only the one-hour reminder goes.
    assert registration.reminder_1h_sent_at is not None
    assert registration.reminder_24h_sent_at is None


def test_never_twice_for_the_same_registration_and_kind(make_session):
    registered(make_session(starts_in=timedelta(hours=20)))
    tasks.send_due_reminders()
    tasks.send_due_reminders()
    assert len(mail.outbox) == 1
    # A run that races past the query still finds the claim taken.
    registration = Registration.objects.get()
    assert tasks.send_notice(registration.pk, "reminder_24h") is False
    assert len(mail.outbox) == 1


def test_both_kinds_each_once_as_the_session_nears(make_session):
    session = make_session(starts_in=timedelta(hours=20))
    registered(session)
    tasks.send_due_reminders()
    Session.objects.filter(pk=session.pk).update(
        starts_at=timezone.now() + timedelta(minutes=50),
        ends_at=timezone.now() + timedelta(minutes=140),
    )
    tasks.send_due_reminders()
    tasks.send_due_reminders()
    assert len(mail.outbox) == 2
    registration = Registration.objects.get()
    assert registration.reminder_24h_sent_at and registration.reminder_1h_sent_at


def test_none_for_a_cancelled_session_or_registration(make_session):
    cancelled_session = make_session(starts_in=timedelta(hours=5), status="cancelled")
    registered(cancelled_session, "a@example.kz")
    open_session = make_session(starts_in=timedelta(hours=5))
    registered(open_session, "b@example.kz", status="cancelled")
    registered(open_session, "c@example.kz", status="waitlisted")
    assert tasks.send_due_reminders() == 0
    assert mail.outbox == []


def test_none_for_a_session_that_has_started(make_session):
    registered(make_session(starts_in=timedelta(minutes=-5)))
    assert tasks.send_due_reminders() == 0


def test_none_just_after_registering_inside_the_window(make_session):
    """The confirmation has just given the details; no reminder on its heels."""
    registered(make_session(starts_in=timedelta(hours=20)), days_before=0)
    assert tasks.send_due_reminders() == 0


def test_a_failed_send_gives_the_claim_back(make_session):
    registration = registered(make_session(starts_in=timedelta(hours=20)))
    with (
        mock.patch("academy.emails.EmailMessage.send", side_effect=OSError("smtp down")),
        pytest.raises(OSError),
    ):
        tasks.send_notice.run(registration.pk, "reminder_24h")
    registration.refresh_from_db()
    assert registration.reminder_24h_sent_at is None
    tasks.send_due_reminders()
    assert len(mail.outbox) == 1


def test_the_beat_schedule_runs_the_task(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["academy-send-due-reminders"]
    assert entry["task"] == "academy.tasks.send_due_reminders"
    assert entry["schedule"] <= 300


def test_after_the_claim_only_the_mail_server_is_waited_on(make_session, settings):
    """Everything the letter needs is read before the claim: a database that
    fails after it could not give the claim back, and the letter would be lost
    (ops/rehearsal lost a confirmation so while the primary restarted)."""
    from django.db import connection

    settings.EMAIL_BACKEND = "tests.academy.test_reminders.RecordingBackend"
    registration = registered(make_session(starts_in=timedelta(minutes=30)))
    _queries.clear()
    _sent_after.clear()

    def record(execute, sql, params, many, context):
        _queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert tasks.send_notice(registration.pk, "reminder_1h")
    assert _sent_after == [len(_queries)]  # the letter went after every query
    assert _queries[-1].startswith("UPDATE") and "reminder_1h_sent_at" in _queries[-1]  # the claim


_queries, _sent_after = [], []


class RecordingBackend(locmem.EmailBackend):
    """The test's own backend: how many queries had run when a letter went."""

    def send_messages(self, messages):
        _sent_after.append(len(_queries))
        return super().send_messages(messages)
