"""Seats, the waiting list and the letters that go with them."""

import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from academy import services
from academy.models import ProgrammePage, Registration, Session, TopicPage
from tests.factories import HomePageFactory, SchoolFactory

Status = Registration.Status


def register(session, n, **kwargs):
    return services.register(session, name=f"Ата-ана {n}", email=f"p{n}@example.kz", **kwargs)[0]


def test_seats_then_waiting_list_in_order(session, on_commit):
    with on_commit():
        first, second, third, fourth = (register(session, n) for n in range(4))
    assert [r.status for r in (first, second, third, fourth)] == [
        Status.CONFIRMED,
        Status.CONFIRMED,
        Status.WAITLISTED,
        Status.WAITLISTED,
    ]
    assert services.waitlist_position(third) == 1
    assert services.waitlist_position(fourth) == 2
    assert len(mail.outbox) == 4
    assert all("Әлеуметтік желілер" in m.subject for m in mail.outbox)
    confirmed = [m for m in mail.outbox if m.to == ["p0@example.kz"]][0]
    assert confirmed.attachments[0][0] == "session.ics"
    waitlisted = [m for m in mail.outbox if m.to == ["p2@example.kz"]][0]
    assert waitlisted.attachments == []
    assert "1" in waitlisted.body


def test_registering_again_returns_the_same_registration(session):
    first, created = services.register(session, name="А", email="Same@Example.kz")
    again, created_again = services.register(session, name="А", email="same@example.kz")
    assert created and not created_again
    assert first.pk == again.pk
    assert first.email == "same@example.kz"


def test_a_cancelled_seat_goes_to_the_first_waiting_who_is_told(session, on_commit):
    with on_commit():
        first = register(session, 0)
        register(session, 1)
        waiting = register(session, 2)
        register(session, 3)
    mail.outbox.clear()
    with on_commit():
        services.cancel_registration(first)
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED and waiting.promoted_at
    assert Registration.objects.get(email="p3@example.kz").status == Status.WAITLISTED
    assert [m.to for m in mail.outbox] == [["p2@example.kz"]]
    assert mail.outbox[0].attachments[0][0] == "session.ics"
    # Cancelling twice changes nothing and moves no one else up.
    with on_commit():
        services.cancel_registration(first)
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 2


def test_cancelling_a_waiting_place_moves_no_one(session):
    register(session, 0)
    register(session, 1)
    waiting = register(session, 2)
    services.cancel_registration(waiting)
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 2


def test_after_the_start_a_registration_cannot_be_cancelled(make_session):
    session = make_session(starts_in=timedelta(minutes=-5))
    registration = register(session, 0)
    with pytest.raises(services.AcademyError):
        services.cancel_registration(registration)


def test_no_registration_for_a_cancelled_or_finished_session(make_session):
    cancelled = make_session(status=Session.Status.CANCELLED)
    over = make_session(starts_in=timedelta(hours=-3))
    for session in (cancelled, over):
        with pytest.raises(services.AcademyError):
            register(session, 0)
    assert not Registration.objects.exists()


def test_more_seats_move_people_up(session, on_commit):
    for n in range(4):
        register(session, n)
    fields = {name: getattr(session, name) for name in services.SESSION_FIELDS}
    with on_commit():
        services.update(session, topic_key=session.topic_key, **{**fields, "capacity": 3})
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 3
    assert Registration.objects.get(email="p2@example.kz").status == Status.CONFIRMED


def test_a_new_time_lets_reminders_go_again_and_bumps_the_sequence(session):
    registration = register(session, 0)
    Registration.objects.filter(pk=registration.pk).update(reminder_24h_sent_at=session.starts_at)
    fields = {name: getattr(session, name) for name in services.SESSION_FIELDS}
    fields["starts_at"] += timedelta(days=1)
    fields["ends_at"] += timedelta(days=1)
    updated = services.update(session, topic_key=session.topic_key, **fields)
    registration.refresh_from_db()
    assert registration.reminder_24h_sent_at is None
    assert updated.sequence == 1


def test_signed_in_parent_registers_with_the_account(session, parent):
    registration, created = services.register(session, name="", email="x@y.kz", user=parent)
    assert created
    assert registration.user == parent
    assert registration.email == parent.email
    assert registration.language == "ru"
    assert registration.name == parent.get_full_name()


@pytest.mark.django_db(transaction=True)
def test_two_people_taking_the_last_seat_at_once(migrated_data):
    """On PostgreSQL the session row lock serialises them: one seat, one wait."""
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    home = HomePageFactory(title="H", slug="h-academy")
    programme = home.add_child(instance=ProgrammePage(title="P", slug="p"))
    topic = programme.add_child(instance=TopicPage(title="T", slug="t"))
    starts = timezone.now() + timedelta(days=1)
    session = Session.objects.create(
        school=SchoolFactory(),
        topic=topic,
        topic_key=topic.translation_key,
        programme_key=programme.translation_key,
        format="in_person",
        room="1",
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        capacity=1,
        facilitator="F",
    )
    barrier = threading.Barrier(2)
    outcomes = []

    def take(n):
        try:
            barrier.wait()
            outcomes.append(register(session, n).status)
        finally:
            connection.close()

    for _round in range(3):
        Registration.objects.all().delete()
        outcomes.clear()
        threads = [threading.Thread(target=take, args=(n,)) for n in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == [Status.CONFIRMED, Status.WAITLISTED]
        assert Registration.objects.filter(status=Status.CONFIRMED).count() == 1
