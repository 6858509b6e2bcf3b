"""The delivery log through sending: claimed once, 429 retried after
``retry_after``, a blocked bot stops the chat, passing failures bounded."""

from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from celery.exceptions import Retry
from django.utils import timezone

from academy.models import Registration
from messaging import dispatch, sending, tasks
from messaging.models import Contact, Delivery
from privacy import consents
from privacy.models import Consent
from tests.ops.servers import closed_port

from .conftest import CHAT

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(session, linked_parent, fake_telegram):
    """A Telegram confirmation in the log, queued; its task not run yet."""
    registration = Registration.objects.create(
        session=session, user=linked_parent, name="A", email="parent@example.kz", status="confirmed"
    )
    with mock.patch("messaging.dispatch.enqueue.on_commit"):
        delivery = dispatch.for_registration(registration.pk, "confirmed")
    assert delivery.status == "queued"
    return delivery


def test_a_429_is_retried_after_retry_after(queued, fake_telegram):
    fake_telegram.limit(retry_after=7)
    with (
        mock.patch.object(tasks.send_telegram, "retry", side_effect=Retry()) as retry,
        pytest.raises(Retry),
    ):
        tasks.send_telegram.run(queued.pk)
    assert retry.call_args.kwargs["countdown"] == 7
    queued.refresh_from_db()
    assert queued.status == "queued" and queued.attempts == 1
    assert "429" in queued.error
    assert queued.not_before == pytest.approx(
        timezone.now() + timedelta(seconds=7), abs=timedelta(seconds=2)
    )
    # Before retry_after has passed, the row is not claimable: nothing goes.
    assert tasks.send_telegram.run(queued.pk) == "not claimed"
    with time_machine.travel(timezone.now() + timedelta(seconds=8)):
        assert tasks.send_telegram.run(queued.pk) == "sent"
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == ("sent", 2)
    assert len(fake_telegram.inbox(CHAT)) == 1
    assert [call[0] for call in fake_telegram.calls] == ["sendMessage", "sendMessage"]


def test_eagerly_the_retry_waits_for_the_sweep(queued, fake_telegram):
    """In-process (no broker) the retry runs at once, finds the row waiting
    and sends nothing; the sweep sends it when its time comes."""
    fake_telegram.limit(retry_after=1)
    tasks.send_telegram.delay(queued.pk)
    assert fake_telegram.messages == []
    with time_machine.travel(timezone.now() + timedelta(minutes=10)):
        assert tasks.send_due() == 1
    assert len(fake_telegram.inbox(CHAT)) == 1


def test_a_blocked_bot_stops_the_chat_and_withdraws_the_consent(
    queued, fake_telegram, linked_parent
):
    fake_telegram.block(CHAT)
    assert tasks.send_telegram.run(queued.pk) == "failed"
    queued.refresh_from_db()
    assert (queued.status, queued.reason) == ("failed", "blocked")
    assert "bot was blocked by the user" in queued.error
    contact = Contact.objects.get()
    assert contact.stopped_at and contact.stop_reason == "blocked the bot"
    assert not consents.allows(Consent.Purpose.TELEGRAM, user=linked_parent)


def test_a_refusal_fails_without_retrying(queued, fake_telegram):
    with mock.patch("messaging.telegram.client.send_message", side_effect=_permanent()):
        assert sending.send(queued.pk) == "failed"
    assert Delivery.objects.get().reason == "refused"
    assert "chat not found" in Delivery.objects.get().error


def _permanent():
    from messaging.errors import Permanent

    return Permanent("sendMessage: 400 Bad Request: chat not found")


def test_an_unreachable_telegram_is_retried_with_a_growing_pause_then_fails(queued, settings):
    settings.TELEGRAM_API_URL = f"http://127.0.0.1:{closed_port()}"
    settings.MESSAGING_MAX_ATTEMPTS = 3
    now = timezone.now()
    waits = []
    for attempt in range(3):
        with time_machine.travel(now + timedelta(hours=attempt)):
            waits.append(sending.send(queued.pk))
    assert waits[:2] == [("retry", 10), ("retry", 20)]
    assert waits[2] == "failed"
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == ("failed", 3)
    assert "ConnectionError" in queued.error


def test_a_row_sent_or_sending_is_never_sent_again(queued, fake_telegram):
    assert tasks.send_telegram.run(queued.pk) == "sent"
    assert tasks.send_telegram.run(queued.pk) == "not claimed"
    Delivery.objects.filter(pk=queued.pk).update(status="sending")
    assert tasks.send_telegram.run(queued.pk) == "not claimed"
    assert tasks.send_telegram.run(queued.pk + 1000) == "not claimed"
    assert len(fake_telegram.inbox(CHAT)) == 1


def test_an_unlinked_chat_is_skipped(queued, fake_telegram, linked_parent):
    from messaging import contacts
    from messaging.people import Person

    assert contacts.unlink(Person(user=linked_parent), Contact.objects.get().pk)
    assert tasks.send_telegram.run(queued.pk) == "skipped"
    assert Delivery.objects.get().reason == "no live contact"
    assert fake_telegram.messages == []
