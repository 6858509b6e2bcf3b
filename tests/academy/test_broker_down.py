"""A registration while the broker does not answer (lms/enqueue.py): the
guest is registered and told so (ops/rehearsal saw a 500 there, the
registration kept and its letter lost), and the next sweep sends the
confirmation once."""

import logging

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from academy import tasks
from academy.models import Registration

pytestmark = pytest.mark.django_db


def test_registering_while_the_broker_is_gone_keeps_it_and_the_sweep_sends_the_letter(
    client, session, broker_gone, settings, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.WARNING, logger="lms.enqueue")
    url = reverse("academy:session", args=[session.pk])
    form = {"action": "register", "consent": "on", "name": "Жұмабекова Айгүл"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**form, "email": "aigul@example.kz"})
    assert response.status_code == 302
    registration = Registration.objects.get(session=session, email="aigul@example.kz")
    assert registration.confirmation_sent_at is None and not mail.outbox
    assert "send_notice" in caplog.text and "not queued" in caplog.text
    assert client.get(url).status_code == 200  # the page says so
    broker_gone()  # back
    settings.TASK_SWEEP_GRACE_SECONDS = 0
    assert tasks.send_due_reminders() == 1
    assert [message.to for message in mail.outbox] == [["aigul@example.kz"]]
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is not None
    assert tasks.send_due_reminders() == 0  # once
    assert len(mail.outbox) == 1


def test_the_sweep_leaves_young_walk_in_and_moved_up_registrations_alone(make_session, settings):
    session = make_session()
    now = timezone.now()
    confirmed = {"session": session, "status": Registration.Status.CONFIRMED}
    young = Registration.objects.create(**confirmed, name="Жас", email="young@example.kz")
    Registration.objects.create(**confirmed, name="Есік", email="door@example.kz", walk_in=True)
    Registration.objects.create(
        **confirmed, name="Көшкен", email="moved@example.kz", promoted_at=now
    )
    settings.TASK_SWEEP_GRACE_SECONDS = 300
    assert tasks.send_due_reminders() == 0  # the young one's own task may still come
    settings.TASK_SWEEP_GRACE_SECONDS = 0
    assert tasks.send_due_reminders() == 1
    # Not the walk-in's, not the one moved up (they had their own letter).
    assert [message.to for message in mail.outbox] == [[young.email]]
