"""Every letter of the Parents' Academy reads in Kazakh or Russian, as the
registrant asked, with no English left in it: the seven session letters
(with their calendar files), the attendance certificate, and the letter to
a guest who signs up with the address of their certificate's account."""

from datetime import timedelta

import pytest
from django.core import mail

from academy import attendance, emails, services
from academy.models import Attendance, Registration
from tests.i18n.letters import english_in

LANGUAGES = ["kk", "ru"]
# A word each letter of the language has, so an empty letter cannot pass.
NATIVE = {"kk": "Сәлеметсіз", "ru": "Здравствуйте"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", emails.KINDS)
def test_session_letters_read_in_the_registrants_language(session, kind, language):
    status = "waitlisted" if kind == "waitlisted" else "confirmed"
    registration = Registration.objects.create(
        session=session, name="Ким Ольга", email="olga@example.kz", status=status, language=language
    )
    emails.send(registration, kind)
    (letter,) = mail.outbox
    assert letter.subject and "Ким Ольга" in letter.body
    assert english_in(letter) == [], letter.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_confirmation_sent_on_registering_reads_in_the_language(session, on_commit, language):
    with on_commit():
        services.register(session, name="Ким Ольга", email="olga@example.kz", language=language)
    (letter,) = mail.outbox
    assert letter.attachments  # the calendar file is read too
    assert english_in(letter) == [], letter.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_attendance_certificate_letter(
    make_session, template, coordinator, on_commit, language
):
    with on_commit():
        for days in (14, 7):
            session = make_session(starts_in=timedelta(days=-days))
            seat = Registration.objects.create(
                session=session,
                name="Сәрсенова Ләззат",
                email="guest@example.kz",
                status="confirmed",
                language=language,
            )
            attendance.mark(session, [seat.pk], Attendance.Mark.PRESENT, coordinator)
    (letter,) = [m for m in mail.outbox if m.attachments]
    assert "Сәрсенова Ләззат" in letter.body
    assert english_in(letter) == [], letter.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_letter_to_a_guest_who_signs_up(
    client, make_session, template, coordinator, on_commit, language
):
    with on_commit():
        for days in (14, 7):
            session = make_session(starts_in=timedelta(days=-days))
            seat = Registration.objects.create(
                session=session,
                name="Сәрсенова Ләззат",
                email="guest@example.kz",
                status="confirmed",
            )
            attendance.mark(session, [seat.pk], Attendance.Mark.PRESENT, coordinator)
    mail.outbox.clear()
    client.post(
        f"/{language}/accounts/signup/",
        {
            "last_name": "Сәрсенова",
            "first_name": "Ләззат",
            "role": "parent",
            "preferred_language": language,
            "email": "guest@example.kz",
            "password1": "Ata-Ana-Pass-2026",
            "password2": "Ata-Ana-Pass-2026",
            "consent": "on",
        },
    )
    (letter,) = mail.outbox
    assert "/accounts/password/reset/key/" in letter.body
    assert english_in(letter) == [], letter.body
