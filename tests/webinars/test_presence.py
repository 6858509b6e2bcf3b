"""Minutes in the room and the programme's rule, driven by polls at simulated
times against the fake server: 40 of 60 minutes is present (share 66 %), 5
is not and shows on the register and in the exports; rejoining adds; the
coordinator's mark stands; the end callback is checked; odd input never
fails."""

import csv
import io
import threading
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from academy import attendance, tokens
from academy.models import Attendance
from certificates.models import Certificate
from tests.factories import AttendanceFactory, RegistrationFactory, UserFactory
from webinars import presence, tasks
from webinars.models import Meeting, Visit

pytestmark = pytest.mark.django_db


def forty_and_five(room, stays):
    """Aigerim stays from the start until just before the 40-minute poll;
    Bolat leaves after 5 minutes; the meeting ends at 60."""
    aigerim, bolat = stays["aigerim"], stays["bolat"]
    room.join(aigerim)
    room.join(bolat)
    room.fake.join_as(room.meeting.meeting_id, aigerim.pk, aigerim.name)
    room.fake.join_as(room.meeting.meeting_id, bolat.pk, bolat.name)
    room.poll(0)
    room.leave(bolat)
    for minute in (5, 10, 20, 30):
        room.poll(minute)
    room.leave(aigerim)
    room.poll(40)
    room.poll(50)


def path_of(url):
    """The callback's path and query, for the test client (BigBlueButton
    would call SITE_URL; the browser journey does it over real HTTP)."""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def minutes(registration):
    return Attendance.objects.get(registration=registration).online_minutes


def test_forty_of_sixty_minutes_is_present_five_is_left_to_the_coordinator(
    room, stays, client, on_commit
):
    forty_and_five(room, stays)
    assert minutes(stays["aigerim"]) == 40 and minutes(stays["bolat"]) == 5
    with on_commit():
        callback = room.end()
        assert client.get(path_of(callback)).status_code == 200
    meeting = room.meeting
    assert meeting.state == Meeting.State.ENDED and meeting.recordings_until
    present = Attendance.objects.get(registration=stays["aigerim"])
    assert (present.mark, present.source) == ("present", "webinar")
    with translation.override("en"):
        assert present.get_source_display() == "Stayed online"
    left = Attendance.objects.get(registration=stays["bolat"])
    assert (left.mark, left.online_minutes) == ("", 5)
    # Polls after the end change nothing, and closing again changes nothing.
    assert room.poll(61) == 0
    assert presence.close_meeting(meeting.pk) is None
    assert Visit.objects.filter(left_at__isnull=True).count() == 0


def test_the_share_is_the_programmes(room, stays, programme, client):
    programme.present_share_percent = 70
    programme.save()
    forty_and_five(room, stays)
    room.end()
    room.poll(61)  # no callback: the poll finds it over after the session's end
    assert Attendance.objects.get(registration=stays["aigerim"]).mark == ""
    assert minutes(stays["aigerim"]) == 40


def test_the_certificate_follows_a_webinar_stay(room, stays, programme, template, on_commit):
    programme.required_sessions = 1
    programme.save()
    forty_and_five(room, stays)
    room.end()
    with on_commit():
        room.poll(60)
    certificate = Certificate.objects.get()
    assert certificate.holder.email == stays["aigerim"].email


def test_the_register_and_exports_show_the_minutes(room, stays, coordinator_client):
    forty_and_five(room, stays)
    room.end()
    room.poll(60)
    page = coordinator_client.get(reverse("academy:manage_register", args=[room.session.pk]))
    text = page.content.decode()
    assert "5 minutes in the webinar room" in text and "40 minutes in the webinar room" in text
    csv_response = coordinator_client.get(
        reverse("academy:manage_export_csv", args=[room.session.pk])
    )
    rows = list(
        csv.reader(io.StringIO(b"".join(csv_response.streaming_content).decode("utf-8-sig")))
    )
    column = rows[0].index("Minutes online")
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Болат Ержанов"][column] == "5"
    assert by_name["Айгерім Сейітова"][column] == "40"
    assert by_name["Болат Ержанов"][rows[0].index("Mark")] == ""
    xlsx = coordinator_client.get(reverse("academy:manage_export_xlsx", args=[room.session.pk]))
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    column = cells[0].index("Minutes online")
    assert {row[0]: row[column] for row in cells[1:]}["Болат Ержанов"] == 5


def test_the_minutes_column_is_empty_for_people_who_never_joined(room, stays, coordinator_client):
    RegistrationFactory(session=room.session, name="Жоқ Адам")
    forty_and_five(room, stays)
    response = coordinator_client.get(reverse("academy:manage_export_csv", args=[room.session.pk]))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    column = rows[0].index("Minutes online")
    assert {row[0]: row[column] for row in rows[1:]}["Жоқ Адам"] == ""


def test_rejoining_adds_and_time_outside_the_session_does_not_count(room, stays):
    aigerim = stays["aigerim"]
    room.join(aigerim)
    room.fake.join_as(room.meeting.meeting_id, aigerim.pk, aigerim.name)
    room.poll(-10)  # in the room ten minutes before the start: not counted
    room.poll(10)
    room.leave(aigerim)
    room.poll(15)
    room.rejoin(aigerim)
    room.poll(30)
    room.poll(45)
    room.poll(58)
    room.poll(70)  # still there after the end: not counted either
    assert minutes(aigerim) == 15 + 30  # 0–15, then 30–60
    room.end()
    room.poll(71)
    assert Visit.objects.filter(registration=aigerim).count() == 2
    assert Attendance.objects.get(registration=aigerim).mark == "present"


def test_the_coordinators_mark_is_never_overridden(room, stays, coordinator):
    forty_and_five(room, stays)
    aigerim = stays["aigerim"]
    attendance.mark(room.session, [aigerim.pk], "absent", coordinator)
    room.end()
    room.poll(60)
    record = Attendance.objects.get(registration=aigerim)
    assert (record.mark, record.source, record.online_minutes) == ("absent", "coordinator", 40)


def test_the_minutes_show_on_the_parents_session_page(room, stays, client):
    forty_and_five(room, stays)
    room.end()
    room.poll(60)
    client.force_login(UserFactory(email=stays["bolat"].email))
    page = client.get(reverse("academy:session", args=[room.session.pk])).content.decode()
    assert "In the webinar room: 5 minutes." in page


def test_a_bad_end_callback_closes_nothing(room, stays, client):
    """403: a 404 outside the language prefix would be sent on to /kk/…"""
    forty_and_five(room, stays)
    meeting = room.meeting
    other = RegistrationFactory(session=room.session)
    wrong = [
        "forged",
        tokens.join_token(other),  # another signed token of ours
        signing.dumps([meeting.pk, "academy-1-000000000000"], salt="webinars.ended"),
        signing.dumps([10**30, meeting.meeting_id], salt="webinars.ended"),
        signing.dumps({"pk": meeting.pk}, salt="webinars.ended"),
        "x" * 5000,
    ]
    for token in wrong:
        response = client.get(reverse("webinars-ended", args=[token]))
        assert response.status_code == 403, token
    assert client.get("/webinars/ended/%00/").status_code in (403, 404)
    meeting.refresh_from_db()
    assert meeting.state != Meeting.State.ENDED
    assert not Attendance.objects.filter(mark="present").exists()


def test_another_meetings_token_closes_only_that_meeting(
    room, stays, make_session, client, fake_bbb
):
    forty_and_five(room, stays)
    second = make_session(
        starts_in=timedelta(minutes=-1),
        minutes=60,
        format="online",
        meeting_url="",
        webinar_server="fake",
    )
    guest = RegistrationFactory(session=second)
    client.get(reverse("academy:join", args=[tokens.join_token(guest)]))
    other = Meeting.objects.get(session=second)
    callback = fake_bbb.end_meeting(other.meeting_id, callback=False)
    assert client.get(path_of(callback)).status_code == 200
    other.refresh_from_db()
    assert other.state == Meeting.State.ENDED
    assert room.meeting.state == Meeting.State.RUNNING


def test_a_server_that_stops_answering_does_not_close_the_meeting_at_once(room, stays, settings):
    forty_and_five(room, stays)
    room.fake.broken = True
    settings.BBB_TIMEOUT_SECONDS = 2
    assert room.poll(61) == 0
    assert room.meeting.state == Meeting.State.RUNNING
    # Hours later the meeting is closed with what the polls saw.
    room.poll(60 + 3 * 60)
    assert room.meeting.state == Meeting.State.ENDED
    assert minutes(stays["aigerim"]) == 40
    assert Attendance.objects.get(registration=stays["aigerim"]).mark == "present"


def test_polls_read_a_constant_number_of_queries(room, make_session, django_assert_max_num_queries):
    people = [RegistrationFactory(session=room.session) for _ in range(3)]
    room.join(people[0])
    for person in people:
        room.fake.join_as(room.meeting.meeting_id, person.pk, person.name)
    with django_assert_max_num_queries(20) as few:
        room.poll(0)
    more = [RegistrationFactory(session=room.session) for _ in range(12)]
    for person in more:
        room.fake.join_as(room.meeting.meeting_id, person.pk, person.name)
    with django_assert_max_num_queries(len(few.captured_queries)):
        room.poll(5)
    assert Visit.objects.count() == 15


def test_the_register_reads_a_constant_number_of_queries(
    room, stays, coordinator_client, django_assert_num_queries
):
    forty_and_five(room, stays)
    url = reverse("academy:manage_register", args=[room.session.pk])
    coordinator_client.get(url)
    with CaptureQueriesContext(connection) as two:
        coordinator_client.get(url)
    for n in range(6):
        person = RegistrationFactory(session=room.session)
        AttendanceFactory(registration=person, mark="", source="", online_minutes=n)
    with django_assert_num_queries(len(two.captured_queries)):
        coordinator_client.get(url)


@pytest.mark.django_db(transaction=True)
def test_two_polls_at_once_do_not_double_visits(migrated_data, fake_bbb):
    """Two beats (or a beat and a retry) at the same moment, each in its own
    connection: one visit per person."""
    from tests.factories import ProgrammePageFactory, SessionFactory, TopicPageFactory
    from tests.factories.courses import HomePageFactory

    home = HomePageFactory(slug="home-webinar-race")
    programme = ProgrammePageFactory(parent=home)
    topic = TopicPageFactory(parent=programme)
    session = SessionFactory(
        topic=topic,
        starts_in=timedelta(minutes=-1),
        minutes=60,
        format="online",
        meeting_url="",
        webinar_server="fake",
        capacity=10,
    )
    people = [RegistrationFactory(session=session) for _ in range(5)]
    from webinars import meetings

    meetings.join_url(people[0])
    meeting = Meeting.objects.get()
    for person in people:
        fake_bbb.join_as(meeting.meeting_id, person.pk, person.name)
    barrier = threading.Barrier(4)
    errors = []

    def beat(run):
        try:
            barrier.wait()
            run()
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    at = session.starts_at
    runs = [
        lambda: tasks.follow_meetings(now=at),
        lambda: tasks.follow_meetings(now=at),
        lambda: presence.follow(meeting.pk, at),
        lambda: presence.follow(meeting.pk, at),
    ]
    threads = [threading.Thread(target=beat, args=(run,)) for run in runs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Visit.objects.count() == 5
    assert sorted(Visit.objects.values_list("registration_id", flat=True)) == sorted(
        p.pk for p in people
    )
