"""The coordinator's pages: scope (one school only), scheduling, the
register with bulk marks, cancellation notices, recording, exports, rates."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from academy.models import Attendance, Registration, Session
from tests.factories import UserFactory
from users.roles import SCHOOL_COORDINATORS

SESSION_VIEWS = [
    "academy:manage_register",
    "academy:manage_edit",
    "academy:manage_cancel",
    "academy:manage_code",
    "academy:manage_export_csv",
    "academy:manage_export_xlsx",
]


@pytest.fixture
def theirs(make_session, other_school):
    return make_session(school=other_school)


def seat(session, name, email, status="confirmed"):
    return Registration.objects.create(session=session, name=name, email=email, status=status)


def form_data(topic, **overrides):
    starts = timezone.localtime() + timedelta(days=3)
    return {
        "topic": str(topic.translation_key),
        "format": "both",
        "meeting_url": "https://meet.example.kz/x",
        "room": "12",
        "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (starts + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        "capacity": "25",
        "facilitator": "Омаров Қанат",
        **overrides,
    }


@pytest.mark.parametrize("name", SESSION_VIEWS)
def test_another_schools_session_is_not_found(coordinator_client, theirs, name):
    assert coordinator_client.get(reverse(name, args=[theirs.pk])).status_code == 404
    assert coordinator_client.post(reverse(name, args=[theirs.pk]), {}).status_code == 404


def test_cancelling_or_marking_another_schools_session_changes_nothing(coordinator_client, theirs):
    registration = seat(theirs, "Б", "b@example.kz")
    coordinator_client.post(reverse("academy:manage_cancel", args=[theirs.pk]))
    coordinator_client.post(
        reverse("academy:manage_register", args=[theirs.pk]),
        {"action": "mark", "registrations": [registration.pk], "mark": "present"},
    )
    theirs.refresh_from_db()
    assert theirs.status == "scheduled"
    assert not Attendance.objects.exists()


def test_lists_show_only_the_own_school(coordinator_client, session, theirs):
    page = coordinator_client.get(reverse("academy:manage")).content.decode()
    assert reverse("academy:manage_register", args=[session.pk]) in page
    assert reverse("academy:manage_register", args=[theirs.pk]) not in page
    rates = coordinator_client.get(reverse("academy:manage_rates"))
    assert rates.status_code == 200


def test_only_coordinators_with_a_school(client, session):
    url = reverse("academy:manage")
    assert client.get(url).status_code == 302  # to sign in
    teacher = UserFactory(email="t@example.kz")
    client.force_login(teacher)
    assert client.get(url).status_code == 403
    assert client.get(reverse("academy:manage_register", args=[session.pk])).status_code == 403
    no_school = UserFactory(email="c2@example.kz", school=None)
    no_school.groups.add(Group.objects.get(name=SCHOOL_COORDINATORS))
    client.force_login(no_school)
    assert client.get(url).status_code == 403


def test_superusers_see_every_school(client, theirs):
    admin = UserFactory(email="root@example.kz", is_superuser=True, is_staff=True)
    client.force_login(admin)
    assert client.get(reverse("academy:manage_register", args=[theirs.pk])).status_code == 200


def test_scheduling_is_for_the_own_school(coordinator_client, topics, school, other_school):
    data = form_data(topics[1], school_code=other_school.code)
    response = coordinator_client.post(reverse("academy:manage_create"), data)
    session = Session.objects.get()
    assert response.status_code == 302
    assert session.school == school  # the submitted school is ignored
    assert session.topic == topics[1] and session.topic_key == topics[1].translation_key
    assert session.programme_key == topics[1].get_parent().translation_key
    assert session.capacity == 25
    starts = timezone.localtime(session.starts_at).strftime("%Y-%m-%dT%H:%M")
    assert starts == data["starts_at"]


def test_the_session_form_checks_times_link_and_room(coordinator_client, topic):
    data = form_data(topic, meeting_url="", room="")
    data["ends_at"] = data["starts_at"]
    response = coordinator_client.post(reverse("academy:manage_create"), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"ends_at", "meeting_url", "room"} <= set(errors)
    assert not Session.objects.exists()


def test_editing_a_session(coordinator_client, session, topics):
    data = form_data(topics[2], capacity="40", format="online", room="")
    response = coordinator_client.post(reverse("academy:manage_edit", args=[session.pk]), data)
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.capacity == 40 and session.topic == topics[2] and session.format == "online"


def test_cancelling_tells_everyone_registered_or_waiting(coordinator_client, session, on_commit):
    seat(session, "А", "a@example.kz")
    seat(session, "Б", "b@example.kz", status="waitlisted")
    seat(session, "В", "c@example.kz", status="cancelled")
    assert (
        coordinator_client.get(reverse("academy:manage_cancel", args=[session.pk])).status_code
        == 200
    )
    with on_commit():
        coordinator_client.post(reverse("academy:manage_cancel", args=[session.pk]))
    session.refresh_from_db()
    assert session.status == "cancelled" and session.sequence == 1
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.kz", "b@example.kz"]
    letter = mail.outbox[0]
    assert "STATUS:CANCELLED" in letter.attachments[0][1]
    # Running the notices again sends nothing more.
    from academy.tasks import send_notice

    for registration in Registration.objects.all():
        send_notice(registration.pk, "cancelled")
    assert len(mail.outbox) == 2


def test_bulk_marking_from_the_register(coordinator_client, session, coordinator):
    people = [seat(session, f"Ата-ана {n}", f"p{n}@example.kz") for n in range(2)]
    url = reverse("academy:manage_register", args=[session.pk])
    page = coordinator_client.get(url)
    assert page.status_code == 200
    coordinator_client.post(
        url, {"action": "mark", "registrations": [p.pk for p in people], "mark": "present"}
    )
    assert list(Attendance.objects.values_list("mark", flat=True)) == ["present", "present"]
    coordinator_client.post(url, {"action": "mark", "everyone": "on", "mark": "late"})
    assert set(Attendance.objects.values_list("mark", flat=True)) == {"late"}
    assert Attendance.objects.filter(marked_by=coordinator).count() == 2
    response = coordinator_client.post(url, {"action": "mark", "mark": "late"})
    assert response.status_code == 200 and response.context["mark_form"].errors


def test_attaching_a_recording(coordinator_client, session):
    url = reverse("academy:manage_register", args=[session.pk])
    coordinator_client.post(url, {"action": "recording", "recording_url": "https://v.kz/1"})
    session.refresh_from_db()
    assert session.recording_url == "https://v.kz/1"


def test_the_code_screen_shows_the_code_and_qr(coordinator_client, make_session):
    running = make_session(starts_in=timedelta(minutes=-5))
    page = coordinator_client.get(reverse("academy:manage_code", args=[running.pk]))
    from academy import codes

    assert codes.current_code(running) in page.content.decode()
    assert '<div class="academy-qr"><svg' in page.content.decode()
    later = make_session(starts_in=timedelta(days=1))
    page = coordinator_client.get(reverse("academy:manage_code", args=[later.pk])).content.decode()
    assert "academy-qr" not in page  # the header's icons are SVG too


def test_the_facilitator_link_opens_the_code_screen_without_an_account(client, make_session):
    from academy import tokens

    running = make_session(starts_in=timedelta(minutes=-5))
    url = reverse("academy:facilitator_code", args=[tokens.facilitator_token(running)])
    assert client.get(url).status_code == 200
    running.checkin_secret = "rotated-secret"
    running.save()
    assert client.get(url).status_code == 404
    assert client.get(reverse("academy:facilitator_code", args=["forged"])).status_code == 404


@pytest.fixture
def marked(session, coordinator):
    first = seat(session, "Сәрсенова Ләззат", "lazzat@example.kz")
    second = seat(session, "=HYPERLINK(1)", "evil@example.kz")
    seat(session, "Күтуде", "wait@example.kz", status="waitlisted")
    seat(session, "Бас тартты", "gone@example.kz", status="cancelled")
    Attendance.objects.create(registration=first, mark="present", source="self")
    Attendance.objects.create(registration=second, mark="absent", source="coordinator")
    return session


def test_export_csv(coordinator_client, marked):
    response = coordinator_client.get(reverse("academy:manage_export_csv", args=[marked.pk]))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:2] == ["Name", "E-mail"]
    names = [row[0] for row in rows[1:]]
    assert "Сәрсенова Ләззат" in names and "'=HYPERLINK(1)" in names
    assert "Бас тартты" not in names and len(rows) == 4
    lazzat = next(row for row in rows if row[0] == "Сәрсенова Ләззат")
    assert lazzat[4] == "Present" and lazzat[2] == "Confirmed"


def test_export_marks_walk_ins(coordinator_client, marked):
    marked.registrations.filter(email="lazzat@example.kz").update(walk_in=True)
    response = coordinator_client.get(reverse("academy:manage_export_csv", args=[marked.pk]))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    by_email = {row[1]: row for row in rows[1:]}
    assert by_email["lazzat@example.kz"][2] == "Confirmed, walk-in"
    assert by_email["evil@example.kz"][2] == "Confirmed"


def test_export_xlsx(coordinator_client, marked):
    response = coordinator_client.get(reverse("academy:manage_export_xlsx", args=[marked.pk]))
    assert "spreadsheetml" in response["Content-Type"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Name"
    assert ["Сәрсенова Ләззат", "lazzat@example.kz"] in [row[:2] for row in rows]
    # The name that looks like a formula is kept as text, not run.
    (evil,) = [row for row in sheet.iter_rows() if row[1].value == "evil@example.kz"]
    assert evil[0].value == "=HYPERLINK(1)" and evil[0].data_type == "s"
    assert len(rows) == 4


def test_attendance_rates_per_session_and_topic(coordinator_client, make_session, topics):
    held = make_session(starts_in=timedelta(days=-2), capacity=10)
    for n, mark in enumerate(["present", "late", "absent", None]):
        registration = seat(held, f"P{n}", f"p{n}@example.kz")
        if mark:
            Attendance.objects.create(registration=registration, mark=mark)
    other = make_session(starts_in=timedelta(days=-1), topic=topics[1])
    Attendance.objects.create(registration=seat(other, "Q", "q@example.kz"), mark="present")
    make_session(starts_in=timedelta(days=2))  # not held yet: no rate
    response = coordinator_client.get(reverse("academy:manage_rates"))
    sessions = {s.pk: s for s in response.context["sessions"]}
    assert set(sessions) == {held.pk, other.pk}
    assert (sessions[held.pk].registered, sessions[held.pk].attended, sessions[held.pk].rate) == (
        4,
        2,
        50,
    )
    topics_rows = {row["title"]: row for row in response.context["topics"]}
    assert topics_rows["Әлеуметтік желілер"]["rate"] == 50
    assert topics_rows["Буллинг"]["rate"] == 100
    assert topics_rows["Буллинг"]["sessions"] == 1


def test_a_new_time_is_written_to_everyone_registered_or_waiting(
    coordinator_client, session, topics, on_commit
):
    Session.objects.filter(pk=session.pk).update(capacity=1)
    session.refresh_from_db()
    seat(session, "А", "a@example.kz")
    seat(session, "Б", "b@example.kz", status="waitlisted")
    seat(session, "В", "c@example.kz", status="cancelled")
    later = timezone.localtime(session.starts_at) + timedelta(days=1, hours=2)
    data = form_data(
        session.topic,
        starts_at=later.strftime("%Y-%m-%dT%H:%M"),
        ends_at=(later + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        capacity=str(session.capacity),
        format=session.format,
        room=session.room,
        meeting_url=session.meeting_url,
        facilitator=session.facilitator,
    )
    with on_commit():
        response = coordinator_client.post(reverse("academy:manage_edit", args=[session.pk]), data)
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.sequence == 1
    letters = {m.to[0]: m for m in mail.outbox}
    assert sorted(letters) == ["a@example.kz", "b@example.kz"]
    confirmed = letters["a@example.kz"]
    assert f"{later:%d.%m.%Y}, {later:%H:%M}" in confirmed.subject
    event = confirmed.attachments[0][1]
    assert "SEQUENCE:1" in event and "STATUS:CANCELLED" not in event
    assert not letters["b@example.kz"].attachments  # no seat yet: nothing for a calendar

    # Sending again, or an outdated task, sends nothing more.
    from academy.tasks import send_change_notice

    for registration in Registration.objects.all():
        assert not send_change_notice(registration.pk, 1)
        assert not send_change_notice(registration.pk, 0)
    assert len(mail.outbox) == 2

    # More seats only: the one waiting moves up and is told so; no change letter.
    mail.outbox.clear()
    with on_commit():
        coordinator_client.post(
            reverse("academy:manage_edit", args=[session.pk]), {**data, "capacity": "60"}
        )
    session.refresh_from_db()
    assert session.capacity == 60 and session.sequence == 1
    (letter,) = mail.outbox
    assert letter.to == ["b@example.kz"]
    assert Registration.objects.get(email="b@example.kz").moved_up_sent_at is not None


def test_a_kazakh_change_letter_is_in_kazakh(coordinator_client, session, on_commit):
    Registration.objects.create(
        session=session, name="Айгүл", email="a@example.kz", status="confirmed", language="kk"
    )
    data = form_data(
        session.topic,
        capacity=str(session.capacity),
        format=session.format,
        room="Кітапхана",
        meeting_url=session.meeting_url,
        facilitator=session.facilitator,
        starts_at=timezone.localtime(session.starts_at).strftime("%Y-%m-%dT%H:%M"),
        ends_at=timezone.localtime(session.ends_at).strftime("%Y-%m-%dT%H:%M"),
    )
    with on_commit():
        coordinator_client.post(reverse("academy:manage_edit", args=[session.pk]), data)
    (letter,) = mail.outbox
    assert "Кітапхана" in letter.body
    assert "The school has changed" not in letter.body


def test_the_format_is_chosen_not_ticked_in_advance(coordinator_client):
    from bs4 import BeautifulSoup

    page = BeautifulSoup(
        coordinator_client.get(reverse("academy:manage_create")).content, "html.parser"
    )
    formats = page.select('input[name="format"]')
    assert [f["value"] for f in formats] == ["online", "in_person", "both"]
    assert not any(f.has_attr("checked") for f in formats)
