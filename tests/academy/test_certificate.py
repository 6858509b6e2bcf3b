"""The attendance certificate: issued through the certificates engine when a
person's attended sessions reach the programme's requirement."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from academy import attendance, codes
from academy.models import Attendance, Registration
from certificates.models import Certificate

Mark = Attendance.Mark


def seat(session, email="guest@example.kz", name="Сәрсенова Ләззат", user=None):
    return Registration.objects.create(
        session=session, name=name, email=email, status="confirmed", user=user, language="kk"
    )


def test_a_guest_gets_the_certificate_at_the_required_sessions(
    make_session, template, coordinator, on_commit
):
    earlier = make_session(starts_in=timedelta(days=-7), minutes=120)
    attendance.mark(earlier, [seat(earlier).pk], Mark.PRESENT, coordinator)
    assert not Certificate.objects.exists()  # 1 of 2

    now_session = make_session(starts_in=timedelta(minutes=-5), minutes=90)
    registration = seat(now_session)
    with on_commit():
        attendance.check_in(registration, codes.current_code(now_session))

    certificate = Certificate.objects.get()
    holder = certificate.holder
    assert holder.email == "guest@example.kz"
    assert not holder.is_active and not holder.has_usable_password()
    assert holder.role == "parent" and holder.school == now_session.school
    assert certificate.holder_name == "Сәрсенова Ләззат"
    assert certificate.source == f"academy:{template.programme_key}:{holder.pk}"
    assert certificate.hours == 3.5
    assert certificate.number.startswith("АА-")
    assert certificate.texts["kk"]["course"] == "Ата-аналар академиясы"
    assert certificate.texts["ru"]["course"] == "Академия родителей"
    assert certificate.started_on < certificate.completed_on
    assert certificate.pdf and certificate.emailed_at
    (letter,) = [m for m in mail.outbox if m.attachments and m.attachments[0][0].endswith(".pdf")]
    assert letter.to == ["guest@example.kz"]
    progress = attendance.progress("guest@example.kz", earlier.programme_key)
    assert progress["attended"] == 2 and progress["required"] == 2
    assert progress["certificate"] == certificate


def test_an_account_holder_gets_it_on_their_account(
    make_session, template, coordinator, parent, on_commit
):
    sessions = [make_session(starts_in=timedelta(days=-d)) for d in (14, 7)]
    with on_commit():
        for session in sessions:
            attendance.mark(
                session, [seat(session, parent.email, user=parent).pk], Mark.LATE, coordinator
            )
    certificate = Certificate.objects.get()
    assert certificate.holder == parent
    assert certificate.language == "ru"
    assert get_user_model().objects.filter(email=parent.email).count() == 1


def test_absent_excused_and_cancelled_sessions_do_not_count(
    make_session, template, coordinator, on_commit
):
    absent = make_session(starts_in=timedelta(days=-14))
    excused = make_session(starts_in=timedelta(days=-10))
    cancelled = make_session(starts_in=timedelta(days=-7))
    present = make_session(starts_in=timedelta(days=-3))
    with on_commit():
        attendance.mark(absent, [seat(absent).pk], Mark.ABSENT, coordinator)
        attendance.mark(excused, [seat(excused).pk], Mark.EXCUSED, coordinator)
        attendance.mark(cancelled, [seat(cancelled).pk], Mark.PRESENT, coordinator)
        cancelled.status = "cancelled"
        cancelled.save()
        attendance.mark(present, [seat(present).pk], Mark.PRESENT, coordinator)
    assert not Certificate.objects.exists()
    assert attendance.progress("guest@example.kz", present.programme_key)["attended"] == 1


def test_more_sessions_after_the_certificate_issue_nothing_new(
    make_session, template, coordinator, on_commit
):
    with on_commit():
        for days in (21, 14, 7):
            session = make_session(starts_in=timedelta(days=-days))
            attendance.mark(session, [seat(session).pk], Mark.PRESENT, coordinator)
    assert Certificate.objects.count() == 1
    pdf_letters = [m for m in mail.outbox if m.attachments and m.attachments[0][0].endswith(".pdf")]
    assert len(pdf_letters) == 1


def test_without_a_template_nothing_is_issued(make_session, coordinator, on_commit):
    with on_commit():
        for days in (14, 7):
            session = make_session(starts_in=timedelta(days=-days))
            attendance.mark(session, [seat(session).pk], Mark.PRESENT, coordinator)
    assert not Certificate.objects.exists()
    assert not get_user_model().objects.filter(email="guest@example.kz").exists()


def test_a_mark_corrected_to_absent_revokes_a_certificate_that_no_longer_holds(
    make_session, template, coordinator, coordinator_client, client, on_commit
):
    sessions = [make_session(starts_in=timedelta(days=-d)) for d in (21, 14, 7)]
    seats = [seat(session) for session in sessions]
    with on_commit():
        for session, registration in zip(sessions, seats, strict=True):
            attendance.mark(session, [registration.pk], Mark.PRESENT, coordinator)
    certificate = Certificate.objects.get()

    # Three attended, two required: one correction leaves it valid.
    marked = attendance.mark(sessions[0], [seats[0].pk], Mark.ABSENT, coordinator)
    assert marked.withdrawn == []
    certificate.refresh_from_db()
    assert certificate.status == "valid"

    # The second correction, through the register page, takes it below the requirement.
    response = coordinator_client.post(
        reverse("academy:manage_register", args=[sessions[1].pk]),
        {"action": "mark", "registrations": [seats[1].pk], "mark": Mark.EXCUSED},
        follow=True,
    )
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.revoked_reason == (
        "Қатысу түзетілді: қатысқан сабақтар — 1, талап етілетіні — 2."
    )
    assert certificate.number in response.content.decode()
    verification = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert certificate.revoked_reason in verification.content.decode()

    # Attending again earns a new certificate; the revoked one stays on record.
    with on_commit():
        attendance.mark(sessions[1], [seats[1].pk], Mark.PRESENT, coordinator)
    assert Certificate.objects.filter(status="valid").count() == 1
    assert Certificate.objects.filter(status="revoked").get() == certificate
