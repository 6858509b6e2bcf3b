"""Once, on real PostgreSQL: two beats at the same moment send one reminder
by each channel; a 429 through a real Celery worker is retried after
``retry_after`` seconds."""

import threading
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.db import connection
from django.test import RequestFactory

from academy import tasks
from academy.models import Registration
from messaging import contacts, dispatch, links, sending
from messaging.models import Delivery
from messaging.people import Person
from tests.worker import flush_broker, require_real_services, sending_to_broker, wait_for, worker

pytestmark = pytest.mark.django_db(transaction=True)
CHAT = 5550002


@pytest.fixture
def due_reminder(migrated_data, make_session, parent, fake_telegram):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    token = links.new_token(Person(user=parent), "ru")
    contacts.link_telegram(RequestFactory().post("/"), token, CHAT)
    session = make_session(starts_in=timedelta(hours=20))
    registration = Registration.objects.create(
        session=session, user=parent, name="A", email=parent.email, status="confirmed"
    )
    Registration.objects.filter(pk=registration.pk).update(
        created_at=session.starts_at - timedelta(days=3)
    )
    return registration


def at_once(function, times=2):
    barrier = threading.Barrier(times)
    errors = []

    def run():
        try:
            barrier.wait()
            function()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_two_beats_at_once_send_one_reminder_by_each_channel(due_reminder, fake_telegram):
    # Ten rounds: the claim that joined the session's table let both beats
    # through about one round in three.
    for _round in range(10):
        Delivery.objects.all().delete()
        Registration.objects.update(reminder_24h_sent_at=None)
        fake_telegram.messages.clear()
        mail.outbox.clear()

        at_once(tasks.send_due_reminders)

        assert len(mail.outbox) == 1
        assert list(Delivery.objects.values_list("kind", "status")) == [("reminder_24h", "sent")]
        assert len(fake_telegram.inbox(CHAT)) == 1


def test_three_workers_with_the_same_row_send_it_once(due_reminder, fake_telegram):
    for _round in range(3):
        Delivery.objects.all().delete()
        fake_telegram.messages.clear()
        with mock.patch("messaging.dispatch.enqueue.on_commit"):  # made, its task not run
            delivery = dispatch.for_registration(due_reminder.pk, "reminder_24h")
        at_once(lambda pk=delivery.pk: sending.send(pk), times=3)
        assert Delivery.objects.get().status == "sent"
        assert Delivery.objects.get().attempts == 1
        assert len(fake_telegram.inbox(CHAT)) == 1


def test_a_429_through_a_real_worker_is_retried_after_retry_after(
    due_reminder, fake_telegram, tmp_path
):
    require_real_services()
    flush_broker()
    fake_telegram.limit(retry_after=3)
    try:
        with (
            worker(tmp_path, MESSAGING_QUIET_HOURS="00:00-00:00", **fake_telegram.env()),
            sending_to_broker(),
        ):
            delivery = dispatch.for_registration(due_reminder.pk, "reminder_24h")
            sent = wait_for(lambda: fake_telegram.inbox(CHAT), seconds=60)
            assert sent, (tmp_path / "worker.log").read_text()
    finally:
        flush_broker()
    calls = [at for method, _payload, at in fake_telegram.calls if method == "sendMessage"]
    assert len(calls) == 2
    assert calls[1] - calls[0] >= 3
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("sent", 2)
    assert delivery.error == ""  # the 429 was written there between the tries
