"""Into the room: the platform's join link opens the meeting on the fake
server and sends the parent in with their registration's id; staff start it
as moderators; the coordinator's form offers the servers; a server that is
down is a clear message."""

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from academy import tokens
from academy.models import Attendance, Session
from tests.factories import RegistrationFactory, UserFactory
from tests.ops.servers import closed_port
from webinars import servers
from webinars.models import Meeting

pytestmark = pytest.mark.django_db


def query(url):
    return {name: values[0] for name, values in parse_qs(urlsplit(url).query).items()}


def test_the_join_link_creates_the_room_and_sends_the_parent_in(room, stays, fake_bbb):
    aigerim = stays["aigerim"]
    response = room.join(aigerim)
    assert response.status_code == 302
    target = response["Location"]
    assert target.startswith(fake_bbb.url + "api/join?")
    params = query(target)
    assert params["userID"] == str(aigerim.pk) and params["role"] == "VIEWER"
    assert params["fullName"] == "Айгерім Сейітова"
    meeting = room.meeting
    assert params["meetingID"] == meeting.meeting_id == fake_bbb.only_meeting().meeting_id
    assert meeting.server == "fake" and meeting.state == Meeting.State.CREATED
    assert meeting.internal_meeting_id == fake_bbb.only_meeting().internal_id
    # What the room was made with: the end callback, a duration with room to run over.
    (create,) = fake_bbb.calls_of("create")
    assert "/webinars/ended/" in create["meta_endCallbackUrl"]
    assert create["duration"] == "90" and create["record"] == "true"
    # The browser follows the signed URL: the fake counts the parent by their id.
    import urllib.request

    with urllib.request.urlopen(target) as page:  # noqa: S310 - the fake's URL
        assert "In the meeting" in page.read().decode()
    assert fake_bbb.attendees(meeting.meeting_id) == {
        str(aigerim.pk): ("Айгерім Сейітова", "VIEWER")
    }
    # The click is recorded, but presence on a webinar is the time stayed, not the click.
    attendance = Attendance.objects.get(registration=aigerim)
    assert attendance.joined_at is not None and attendance.mark == ""


def test_a_second_join_uses_the_same_room(room, stays, fake_bbb):
    room.join(stays["aigerim"])
    room.join(stays["bolat"])
    room.join(stays["aigerim"])
    assert Meeting.objects.count() == 1
    assert len(fake_bbb.calls_of("create")) == 3  # idempotent on BigBlueButton's side
    assert len({c["meetingID"] for c in fake_bbb.calls_of("create")}) == 1


def test_the_room_opens_with_check_in_and_closes_with_the_session(make_session, fake_bbb, client):
    later = make_session(starts_in=timedelta(hours=3), format="online", meeting_url="")
    Session.objects.filter(pk=later.pk).update(webinar_server="fake")
    registration = RegistrationFactory(session=Session.objects.get(pk=later.pk))
    room_url = reverse("academy:join", args=[tokens.join_token(registration)])
    response = client.get(room_url, follow=True)
    assert "The webinar room opens at" in response.content.decode()
    assert not Meeting.objects.exists() and fake_bbb.calls == []


def test_a_server_that_is_down_is_a_message_not_an_error(room, stays, settings):
    settings.BBB_SERVERS = servers.parse(f"fake=http://127.0.0.1:{closed_port()}/bigbluebutton/|s")
    settings.BBB_TIMEOUT_SECONDS = 2
    response = room.join(stays["aigerim"])
    assert response.status_code == 302
    assert response["Location"] == reverse("academy:session", args=[room.session.pk])
    page = room.client.get(response["Location"]).content.decode()
    assert "The webinar room cannot be opened right now" in page
    assert not Attendance.objects.filter(joined_at__isnull=False).exists()


def test_a_server_removed_from_the_setting_is_a_message_too(room, stays, settings):
    settings.BBB_SERVERS = {}
    response = room.join(stays["aigerim"])
    assert response["Location"] == reverse("academy:session", args=[room.session.pk])


def test_the_coordinator_starts_the_webinar_as_moderator(
    room, coordinator_client, coordinator, fake_bbb
):
    register = coordinator_client.get(reverse("academy:manage_register", args=[room.session.pk]))
    start = reverse("webinars:start", args=[room.session.pk])
    assert start in register.content.decode()
    response = coordinator_client.get(start)
    params = query(response["Location"])
    assert params["role"] == "MODERATOR" and params["userID"] == f"staff-{coordinator.pk}"
    # The session page offers the same button to whoever manages the session.
    page = coordinator_client.get(reverse("academy:session", args=[room.session.pk]))
    assert start in page.content.decode()


def test_only_people_who_manage_the_session_may_start_it(
    room, client, make_session, other_school, coordinator
):
    start = reverse("webinars:start", args=[room.session.pk])
    client.force_login(UserFactory(email="parent2@example.kz", role="parent"))
    assert client.get(start).status_code == 403
    # A coordinator of another school: as if the session did not exist.
    coordinator.school = other_school
    coordinator.save()
    client.force_login(coordinator)
    assert client.get(start).status_code == 404
    assert not Meeting.objects.exists()


def test_a_staff_attendee_is_never_counted_as_a_parent(room, stays, coordinator_client, fake_bbb):
    coordinator_client.get(reverse("webinars:start", args=[room.session.pk]))
    room.join(stays["aigerim"])
    fake_bbb.join_as(room.meeting.meeting_id, str(stays["aigerim"].pk), "Айгерім")
    fake_bbb.join_as(room.meeting.meeting_id, "99999999999999999999999", "Huge")
    fake_bbb.join_as(room.meeting.meeting_id, str(stays["bolat"].pk), "Болат", role="MODERATOR")
    assert room.poll(0) == 1
    assert list(room.meeting.visits.values_list("registration_id", flat=True)) == [
        stays["aigerim"].pk
    ]


def test_external_links_work_as_before(make_session, client, fake_bbb):
    session = make_session(starts_in=timedelta(minutes=-5))
    registration = RegistrationFactory(session=session)
    response = client.get(reverse("academy:join", args=[tokens.join_token(registration)]))
    assert response["Location"] == session.meeting_url
    assert Attendance.objects.get(registration=registration).mark == "present"
    assert fake_bbb.calls == []


def test_the_form_offers_the_servers_only_when_there_are_some(
    coordinator_client, settings, topic, fake_bbb
):
    url = reverse("academy:manage_create")
    page = coordinator_client.get(url).content.decode()
    assert "BigBlueButton: fake" in page and "External link" in page
    starts = timezone.localtime() + timedelta(days=3)
    response = coordinator_client.post(
        url,
        {
            "topic": str(topic.translation_key),
            "format": "online",
            "webinar_server": "fake",
            "meeting_url": "",
            "room": "",
            "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (starts + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "capacity": 30,
            "facilitator": "Гүлнар Нұрланова",
        },
    )
    assert response.status_code == 302
    session = Session.objects.get()
    assert session.webinar_server == "fake" and session.meeting_url == "" and session.on_webinar
    settings.BBB_SERVERS = {}
    page = coordinator_client.get(url).content.decode()
    assert "BigBlueButton" not in page and "External link" not in page
    # Editing a session on a server no longer configured keeps it.
    edit = coordinator_client.get(
        reverse("academy:manage_edit", args=[session.pk])
    ).content.decode()
    assert "BigBlueButton: fake" in edit


def test_an_online_session_needs_a_link_unless_it_is_on_a_server(
    coordinator_client, topic, fake_bbb
):
    starts = timezone.localtime() + timedelta(days=3)
    response = coordinator_client.post(
        reverse("academy:manage_create"),
        {
            "topic": str(topic.translation_key),
            "format": "online",
            "webinar_server": "",
            "meeting_url": "",
            "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (starts + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "capacity": 30,
            "facilitator": "Гүлнар",
        },
    )
    assert response.status_code == 200
    assert "Give the meeting link for an online session." in response.content.decode()


@pytest.mark.parametrize("pk", ["9" * 20, "0", "7" * 300])
def test_odd_session_ids_to_start_are_404(coordinator_client, pk):
    response = coordinator_client.get(f"/en/webinars/start/{pk}/")
    assert response.status_code == 404


def test_a_session_with_an_external_link_has_nothing_to_start(coordinator_client, make_session):
    session = make_session(starts_in=timedelta(minutes=-5))
    assert coordinator_client.get(reverse("webinars:start", args=[session.pk])).status_code == 404


def test_my_academy_shows_the_way_in_only_while_the_room_is_open(client, webinar, parent):
    seat = RegistrationFactory(session=webinar, user=parent, email=parent.email, name="Жұмабекова")
    client.force_login(parent)
    join = f"/ru/academy/join/{tokens.join_token(seat)}/"
    assert join in client.get("/ru/academy/my/").content.decode()
    Session.objects.filter(pk=webinar.pk).update(
        starts_at=timezone.now() + timedelta(days=1), ends_at=timezone.now() + timedelta(days=2)
    )
    assert join not in client.get("/ru/academy/my/").content.decode()


def test_the_calendar_of_a_webinar_carries_the_session_page_not_the_join_link(webinar):
    from academy import emails

    seat = RegistrationFactory(session=webinar, name="Айгерім Сейітова")
    letter = emails.message(seat, "confirmed")
    join = f"/join/{tokens.join_token(seat)}/"
    assert join in letter.body  # the letter, the registrant's own, keeps the way in
    calendar = letter.attachments[0][1]
    calendar = calendar.decode() if isinstance(calendar, bytes) else calendar
    unfolded = calendar.replace("\r\n ", "").replace("\n ", "")
    assert join not in unfolded
    assert f"/academy/session/{webinar.pk}/" in unfolded
