"""Pages for parents: find the school's academy, its sessions, register
with or without an account, check in, join, "My academy", the signed link."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from icalendar import Calendar

from academy import codes, tokens
from academy.models import Attendance, ProgrammePage, Registration

Status = Registration.Status


def session_url(session):
    return reverse("academy:session", args=[session.pk])


def test_index_finds_the_school(client, school, programme):
    page = client.get(reverse("academy:index"))
    assert page.status_code == 200
    response = client.get(
        reverse("academy:index"),
        {"region": school.region_id, "district": school.district_id, "school": school.pk},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("academy:school", args=[school.code])


def test_school_page_lists_upcoming_and_past(client, make_session, school, other_school):
    upcoming = make_session(starts_in=timedelta(days=3))
    past = make_session(starts_in=timedelta(days=-3))
    cancelled = make_session(starts_in=timedelta(days=4), status="cancelled")
    elsewhere = make_session(school=other_school)
    response = client.get(reverse("academy:school", args=[school.code]))
    assert [s.pk for s in response.context["upcoming"]] == [upcoming.pk, cancelled.pk]
    assert [s.pk for s in response.context["past"]] == [past.pk]
    assert session_url(elsewhere) not in response.content.decode()
    assert client.get(reverse("academy:school", args=["NOPE"])).status_code == 404


def test_school_page_in_russian_uses_translated_topics(client, make_session, school):
    make_session()
    page = client.get(f"/ru/academy/school/{school.code}/").content.decode()
    assert "Соцсети" in page


def test_a_guest_registers_with_name_and_email(client, session, on_commit):
    with on_commit():
        response = client.post(
            session_url(session),
            {
                "action": "register",
                "consent": "on",
                "name": "Ким Ольга",
                "email": "olga@example.kz",
            },
        )
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.user is None and registration.status == Status.CONFIRMED
    assert registration.language == "en"  # the page's language
    assert len(mail.outbox) == 1
    # Registering does not identify the visitor: only the signed link does.
    page = client.get(session_url(session))
    assert page.context["registration"] is None


def test_invalid_registration_shows_the_errors(client, session):
    response = client.post(
        session_url(session), {"action": "register", "consent": "on", "name": "", "email": "x"}
    )
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"name", "email"}
    assert not Registration.objects.exists()
    html = response.content.decode()
    summary = html[html.index('<div class="error-summary"') :]
    assert 'href="#id_name"' in summary and 'href="#id_email"' in summary
    assert 'aria-invalid="true"' in html
    assert "<title>Error: " in html


def test_a_signed_in_parent_finds_the_form_filled(client, session, parent):
    client.force_login(parent)
    form = client.get(session_url(session)).context["form"]
    assert form["email"].value() == parent.email
    assert form.fields["email"].disabled
    client.post(
        session_url(session), {"action": "register", "consent": "on", "name": "Жұмабекова Айгүл"}
    )
    registration = Registration.objects.get()
    assert registration.user == parent and registration.email == parent.email


def test_the_signed_link_lets_a_guest_check_in_and_cancel(client, make_session, on_commit):
    running = make_session(starts_in=timedelta(minutes=-5))
    later = make_session(starts_in=timedelta(days=2))
    with on_commit():
        for session in (running, later):
            client.post(
                session_url(session),
                {
                    "action": "register",
                    "consent": "on",
                    "name": "Ким Ольга",
                    "email": "olga@example.kz",
                },
            )
    link = re.search(r"https?://\S+/registrations/\S+/", mail.outbox[0].body).group(0)
    overview = client.get(link[link.index("/en/") :])
    assert overview.status_code == 200
    assert len(overview.context["upcoming"]) == 2

    code = codes.current_code(running)
    client.post(session_url(running), {"action": "checkin", "code": code})
    assert Attendance.objects.get().mark == "present"
    response = client.post(session_url(running), {"action": "checkin", "code": code}, follow=True)
    assert "already checked in" in response.content.decode()

    client.post(session_url(later), {"action": "cancel"})
    assert Registration.objects.get(session=later).status == Status.CANCELLED


def test_a_stranger_cannot_act_on_registrations(client, make_session):
    running = make_session(starts_in=timedelta(minutes=-5))
    Registration.objects.create(session=running, name="A", email="a@example.kz", status="confirmed")
    client.post(session_url(running), {"action": "checkin", "code": codes.current_code(running)})
    client.post(session_url(running), {"action": "cancel"})
    assert not Attendance.objects.exists()
    assert Registration.objects.get().status == Status.CONFIRMED


def test_a_bad_signed_link(client, db):
    assert client.get(reverse("academy:registrations", args=["forged"])).status_code == 404


def test_the_qr_link_fills_the_code(client, make_session):
    running = make_session(starts_in=timedelta(minutes=-5))
    registration = Registration.objects.create(
        session=running, name="A", email="a@example.kz", status="confirmed"
    )
    client.get(reverse("academy:registrations", args=[tokens.manage_token(registration.email)]))
    page = client.get(session_url(running) + "?code=123456")
    assert page.context["checkin_form"]["code"].value() == "123456"
    assert page.context["checkin_open"]


def test_the_join_link_records_and_redirects(client, make_session):
    running = make_session(starts_in=timedelta(minutes=-2))
    registration = Registration.objects.create(
        session=running, name="A", email="a@example.kz", status="confirmed"
    )
    url = reverse("academy:join", args=[tokens.join_token(registration)])
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == running.meeting_url
    assert Attendance.objects.get().mark == "present"
    assert client.get(reverse("academy:join", args=["forged"])).status_code == 404


def test_the_join_link_does_not_identify_the_visitor(client, make_session):
    """It is in the calendar file, which may be shared: whoever opens it
    cannot cancel or see the registrations (only the manage link can)."""
    running = make_session(starts_in=timedelta(minutes=-2))
    later = make_session(starts_in=timedelta(days=2))
    registration = Registration.objects.create(
        session=running, name="A", email="a@example.kz", status="confirmed"
    )
    Registration.objects.create(session=later, name="A", email="a@example.kz", status="confirmed")
    client.get(reverse("academy:join", args=[tokens.join_token(registration)]))
    assert client.get(session_url(later)).context["registration"] is None
    client.post(session_url(later), {"action": "cancel"})
    assert Registration.objects.get(session=later).status == Status.CONFIRMED


def test_the_join_link_of_a_cancelled_session_leads_back(client, make_session):
    cancelled = make_session(starts_in=timedelta(minutes=-2), status="cancelled")
    registration = Registration.objects.create(
        session=cancelled, name="A", email="a@example.kz", status="confirmed"
    )
    response = client.get(reverse("academy:join", args=[tokens.join_token(registration)]))
    assert response["Location"] == session_url(cancelled)
    assert not Attendance.objects.exists()


def test_my_academy_shows_sessions_attendance_progress_recordings(client, parent, make_session):
    past = make_session(starts_in=timedelta(days=-3), recording_url="https://v.kz/rec")
    upcoming = make_session(starts_in=timedelta(days=3))
    for session in (past, upcoming):
        Registration.objects.create(
            session=session, user=parent, name="A", email=parent.email, status="confirmed"
        )
    Attendance.objects.create(registration=Registration.objects.get(session=past), mark="present")
    assert client.get(reverse("academy:my")).status_code == 302
    client.force_login(parent)
    response = client.get(reverse("academy:my"))
    page = response.content.decode()
    assert [r.session.pk for r in response.context["past"]] == [past.pk]
    assert [r.session.pk for r in response.context["upcoming"]] == [upcoming.pk]
    (progress,) = response.context["progress"]
    assert (progress["attended"], progress["required"]) == (1, 2)
    assert "https://v.kz/rec" in page
    assert "1 of 2 sessions attended" in page


def test_calendar_download(client, session):
    response = client.get(reverse("academy:calendar", args=[session.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    (event,) = Calendar.from_ical(response.content).events
    assert event["UID"].startswith(f"academy-session-{session.pk}@")
    assert event.decoded("DTSTART") == session.starts_at.replace(microsecond=0)
    assert event["SUMMARY"] == "Әлеуметтік желілер"
    assert event["LOCATION"] == f"Акт залы, {session.school.name}"
    assert event["URL"].endswith(session_url(session))
    assert "DESCRIPTION" not in event  # anyone may download it: no join link


@pytest.mark.parametrize(
    ("language", "topic_title"), [("kk", "Әлеуметтік желілер"), ("ru", "Соцсети")]
)
def test_programme_and_topic_pages_render(client, topics, language, topic_title):
    programme = ProgrammePage.objects.get(locale__language_code=language)
    response = client.get(programme.url)
    assert response.status_code == 200
    assert topic_title in response.content.decode()
    topic = topics[0].get_translation(programme.locale)
    assert "Баланы тыңдаңыз" in client.get(topic.url).content.decode()
