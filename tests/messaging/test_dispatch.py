"""Messages beside the letters: to the first chosen channel with a live
address and consent, once, logged; none without consent."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone, translation

from academy import services, tasks
from academy.emails import letter_context
from academy.models import Registration
from messaging import contacts, dispatch, sending, texts
from messaging.channels import Channel
from messaging.models import Delivery
from messaging.people import Person
from privacy import consents
from privacy.models import Consent

from .conftest import CHAT, link, prove

pytestmark = pytest.mark.django_db


def register(session, parent, on_commit):
    with on_commit():
        registration, _ = services.register(session, name="", email="", user=parent)
    return registration


def test_the_confirmation_goes_by_e_mail_and_to_telegram_in_the_persons_language(
    session, linked_parent, fake_telegram, on_commit
):
    # Time stands still: the signed links in the text carry the second they were made.
    with time_machine.travel(timezone.now(), tick=False):
        registration = register(session, linked_parent, on_commit)
        sent = fake_telegram.inbox(CHAT)
        with translation.override("ru"):
            expected = texts.compose("confirmed", letter_context(registration), "telegram")
    assert sent == [expected]
    assert [m.to for m in mail.outbox] == [["parent@example.kz"]]
    delivery = Delivery.objects.get()
    assert (delivery.channel, delivery.kind, delivery.status) == ("telegram", "confirmed", "sent")
    assert delivery.dedupe_key == f"confirmed:registration:{registration.pk}:telegram"
    assert delivery.attempts == 1 and delivery.provider_id and delivery.sent_at


def test_without_consent_nothing_goes_even_with_a_live_chat(
    session, linked_parent, fake_telegram, on_commit
):
    consents.withdraw(Consent.Purpose.TELEGRAM, user=linked_parent)
    register(session, linked_parent, on_commit)
    assert len(mail.outbox) == 1
    assert not Delivery.objects.exists()
    assert fake_telegram.messages == []


def test_withdrawing_the_general_reminders_consent_stops_every_channel(
    session, linked_parent, fake_telegram, on_commit
):
    consents.withdraw(Consent.Purpose.REMINDERS, user=linked_parent)
    register(session, linked_parent, on_commit)
    assert fake_telegram.messages == []


def test_consent_withdrawn_after_queueing_skips_the_row(session, linked_parent, fake_telegram):
    registration = Registration.objects.create(
        session=session, user=linked_parent, name="A", email="parent@example.kz", status="confirmed"
    )
    delivery = dispatch.for_registration(registration.pk, "confirmed")
    Delivery.objects.filter(pk=delivery.pk).update(status="queued")
    consents.withdraw(Consent.Purpose.TELEGRAM, user=linked_parent)
    assert sending.send(delivery.pk) == "skipped"
    delivery.refresh_from_db()
    assert (delivery.status, delivery.reason) == ("skipped", "no consent")


def test_without_any_channel_only_the_letter(session, parent, fake_telegram, on_commit):
    register(session, parent, on_commit)
    assert len(mail.outbox) == 1
    assert not Delivery.objects.exists()


def test_with_no_bot_configured_telegram_is_not_used(
    session, linked_parent, fake_telegram, on_commit, settings
):
    settings.TELEGRAM_BOT_TOKEN = ""
    register(session, linked_parent, on_commit)
    assert not Delivery.objects.exists()


def test_sms_first_when_the_person_says_so(session, linked_parent, fake_telegram, on_commit):
    person = Person(user=linked_parent)
    prove(person, "8 701 234 56 78")
    contacts.set_first(person, Channel.SMS)
    register(session, linked_parent, on_commit)
    delivery = Delivery.objects.get()
    assert (delivery.channel, delivery.status) == ("sms", "sent")
    assert delivery.contact.address == "+77012345678"
    assert fake_telegram.messages == []


def test_the_same_message_makes_one_row_and_goes_once(
    session, linked_parent, fake_telegram, on_commit
):
    registration = Registration.objects.create(
        session=session, user=linked_parent, name="A", email="parent@example.kz", status="confirmed"
    )
    with on_commit():
        first = dispatch.for_registration(registration.pk, "confirmed")
        again = dispatch.for_registration(registration.pk, "confirmed")
    assert first.pk == again.pk
    assert sending.send(first.pk) == "not claimed"  # sent already
    assert len(fake_telegram.inbox(CHAT)) == 1


def test_a_reminder_goes_to_telegram_once_beside_the_letter(
    make_session, linked_parent, fake_telegram, on_commit
):
    session = make_session(starts_in=timedelta(hours=20))
    registration = Registration.objects.create(
        session=session, user=linked_parent, name="A", email="parent@example.kz", status="confirmed"
    )
    Registration.objects.filter(pk=registration.pk).update(
        created_at=session.starts_at - timedelta(days=3)
    )
    with on_commit():
        assert tasks.send_due_reminders() == 1
    with on_commit():
        assert tasks.send_due_reminders() == 0
    delivery = Delivery.objects.get()
    assert (delivery.kind, delivery.status) == ("reminder_24h", "sent")
    assert delivery.dedupe_key == f"reminder_24h:registration:{registration.pk}:s0:telegram"
    assert len(fake_telegram.inbox(CHAT)) == 1 and len(mail.outbox) == 1


def test_a_moved_session_makes_the_old_reminder_untrue(make_session, linked_parent, fake_telegram):
    session = make_session(starts_in=timedelta(hours=20))
    registration = Registration.objects.create(
        session=session, user=linked_parent, name="A", email="parent@example.kz", status="confirmed"
    )
    with fake_telegram_paused(fake_telegram):
        delivery = dispatch.for_registration(registration.pk, "reminder_24h")
    Delivery.objects.filter(pk=delivery.pk).update(status="queued")
    type(session).objects.filter(pk=session.pk).update(sequence=1)
    assert sending.send(delivery.pk) == "skipped"
    assert Delivery.objects.get().reason == "no longer applies"


class fake_telegram_paused:
    """Rows made inside are left queued: their sending task is not run."""

    def __init__(self, fake):
        from unittest import mock

        self.patch = mock.patch("messaging.dispatch.enqueue.on_commit")

    def __enter__(self):
        self.patch.start()

    def __exit__(self, *exc):
        self.patch.stop()


def test_the_cancellation_and_the_change_go_too(
    make_session, linked_parent, fake_telegram, on_commit
):
    session = make_session(starts_in=timedelta(days=3))
    register(session, linked_parent, on_commit)
    with on_commit():
        services.update(
            session,
            topic_key=session.topic_key,
            starts_at=session.starts_at + timedelta(hours=2),
            ends_at=session.ends_at + timedelta(hours=2),
        )
    with on_commit():
        services.cancel_session(session)
    kinds = list(Delivery.objects.order_by("pk").values_list("kind", "status"))
    assert kinds == [("confirmed", "sent"), ("changed", "sent"), ("cancelled", "sent")]
    assert len(fake_telegram.inbox(CHAT)) == 3


def test_certificate_ready_for_an_academy_certificate_and_a_course_certificate(
    linked_parent, fake_telegram, template, on_commit
):
    from tests.factories import CertificateFactory

    certificate = CertificateFactory(holder=linked_parent, template=template, source="academy:77")
    with on_commit():
        delivery = dispatch.for_certificate(certificate.pk)
    assert delivery.dedupe_key == f"certificate_ready:certificate:{certificate.pk}:telegram"
    course = CertificateFactory(holder=linked_parent, template=template)  # the teacher course's
    with on_commit():
        first = dispatch.for_certificate(course.pk)
    again = dispatch.for_certificate(course.pk)
    assert again.pk == first.pk and again.status == "sent"  # once: the same row
    assert len(fake_telegram.inbox(CHAT)) == 2


def test_a_guest_registered_by_e_mail_hears_on_the_chat_they_linked(
    session, fake_telegram, on_commit
):
    link(Person(email="guest@example.kz"), chat_id=42, language="kk")
    with on_commit():
        services.register(session, name="Гүлнар", email="Guest@Example.kz", language="kk")
    assert Delivery.objects.get().status == "sent"
    assert len(fake_telegram.inbox(42)) == 1


def test_queued_rows_whose_task_was_lost_are_swept(session, linked_parent, fake_telegram):
    registration = Registration.objects.create(
        session=session, user=linked_parent, name="A", email="parent@example.kz", status="confirmed"
    )
    with fake_telegram_paused(fake_telegram):
        delivery = dispatch.for_registration(registration.pk, "confirmed")
    from messaging.tasks import send_due

    assert send_due() == 0  # younger than the grace period: its task may still come
    Delivery.objects.filter(pk=delivery.pk).update(created_at=timezone.now() - timedelta(hours=1))
    assert send_due() == 1
    assert Delivery.objects.get().status == "sent"
