"""Nothing by Telegram or SMS between 22:00 and 08:00 (Almaty): messages
are held for the morning; reminders due then go before the night, e-mail too."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from academy import tasks
from academy.models import Registration
from messaging import dispatch, quiet, sending
from messaging.models import Delivery
from messaging.tasks import send_due

from .conftest import CHAT

pytestmark = pytest.mark.django_db
ALMATY = ZoneInfo("Asia/Almaty")


def at(day, hour, minute=0):
    return datetime(2027, 3, day, hour, minute, tzinfo=ALMATY)


@pytest.fixture(autouse=True)
def _quiet_hours(settings):
    settings.MESSAGING_QUIET_HOURS = "22:00-08:00"
    settings.MESSAGING_QUIET_MARGIN_MINUTES = 30


def test_the_window_and_its_end():
    assert quiet.is_quiet(at(10, 23)) and quiet.is_quiet(at(11, 7, 59))
    assert not quiet.is_quiet(at(10, 21, 59)) and not quiet.is_quiet(at(11, 8))
    assert quiet.open_at(at(10, 23)) == at(11, 8)
    assert quiet.open_at(at(11, 3)) == at(11, 8)
    assert quiet.open_at(at(11, 12)) == at(11, 12)


def test_reminder_horizon_reaches_over_the_night_from_half_past_nine():
    hour = timedelta(hours=1)
    assert quiet.reminder_horizon(at(10, 21), hour) == at(10, 22)
    assert quiet.reminder_horizon(at(10, 21, 30), hour) == at(11, 9) - timedelta(microseconds=1)
    assert quiet.reminder_horizon(at(11, 2), hour) == at(11, 9) - timedelta(microseconds=1)
    assert quiet.reminder_horizon(at(11, 10), hour) == at(11, 11)


def test_a_confirmation_at_night_is_held_for_the_morning_and_the_letter_goes_now(
    make_session, linked_parent, fake_telegram, on_commit
):
    from academy import services

    with time_machine.travel(at(10, 23), tick=False):
        session = make_session(starts_in=timedelta(days=3))
        with on_commit():
            services.register(session, name="", email="", user=linked_parent)
        assert len(mail.outbox) == 1  # e-mail letters are not held: a letter waits in the mailbox
        delivery = Delivery.objects.get()
        assert (delivery.status, delivery.not_before) == ("held", at(11, 8))
    with time_machine.travel(at(11, 7, 59), tick=False), on_commit():
        assert send_due() == 0
    assert fake_telegram.messages == []
    with time_machine.travel(at(11, 8, 1), tick=False), on_commit():
        assert send_due() == 1
    delivery.refresh_from_db()
    assert delivery.status == "sent" and len(fake_telegram.inbox(CHAT)) == 1


def test_a_row_whose_task_runs_into_the_night_is_held(session, linked_parent, fake_telegram):
    registration = Registration.objects.create(
        session=session, user=linked_parent, name="A", email="parent@example.kz", status="confirmed"
    )
    with time_machine.travel(at(10, 21, 59), tick=False):
        delivery = dispatch.for_registration(registration.pk, "confirmed")  # queued, task later
    with time_machine.travel(at(10, 22, 5), tick=False):
        assert sending.send(delivery.pk) == "held"
    delivery.refresh_from_db()
    assert (delivery.status, delivery.not_before) == ("held", at(11, 8))
    assert fake_telegram.messages == []


def test_a_reminder_due_at_night_goes_before_the_night_by_every_channel(
    make_session, linked_parent, fake_telegram, on_commit
):
    with time_machine.travel(at(7, 12), tick=False):
        session = make_session(starts_in=at(11, 8, 30) - at(7, 12))
        Registration.objects.create(
            session=session,
            user=linked_parent,
            name="A",
            email="parent@example.kz",
            status="confirmed",
            reminder_24h_sent_at=at(7, 12),
        )
    # Due at 07:30, in the quiet hours: not yet at 21:00 ...
    with time_machine.travel(at(10, 21), tick=False), on_commit():
        assert tasks.send_due_reminders() == 0
    # ... but from half past nine, before the night.
    with time_machine.travel(at(10, 21, 35), tick=False), on_commit():
        assert tasks.send_due_reminders() == 1
    assert len(mail.outbox) == 1
    delivery = Delivery.objects.get()
    assert (delivery.kind, delivery.status) == ("reminder_1h", "sent")
    assert len(fake_telegram.inbox(CHAT)) == 1
    with time_machine.travel(at(11, 7, 30), tick=False), on_commit():
        assert tasks.send_due_reminders() == 0  # once


def test_a_daytime_reminder_is_not_moved(make_session, linked_parent, fake_telegram, on_commit):
    with time_machine.travel(at(7, 12), tick=False):
        session = make_session(starts_in=at(11, 15) - at(7, 12))
        Registration.objects.create(
            session=session,
            user=linked_parent,
            name="A",
            email="parent@example.kz",
            status="confirmed",
            reminder_24h_sent_at=at(7, 12),
        )
    with time_machine.travel(at(10, 21, 45), tick=False), on_commit():
        assert tasks.send_due_reminders() == 0
    with time_machine.travel(at(11, 14, 1), tick=False), on_commit():
        assert tasks.send_due_reminders() == 1
