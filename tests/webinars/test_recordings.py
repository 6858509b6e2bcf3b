"""Recordings: asked of the server after the meeting ends, until found or
the hours pass; linked on the session page only for registrants and the
coordinator."""

from datetime import timedelta

import pytest
from django.urls import reverse

from academy.views import identity
from tests.factories import UserFactory
from webinars import tasks
from webinars.models import Meeting, Recording

pytestmark = pytest.mark.django_db


@pytest.fixture
def ended(room, stays):
    aigerim = stays["aigerim"]
    room.join(aigerim)
    room.fake.join_as(room.meeting.meeting_id, aigerim.pk, aigerim.name)
    room.poll(0)
    meeting_id = room.meeting.meeting_id
    room.end()
    room.poll(60)
    return meeting_id


def test_the_recording_is_fetched_until_found(room, ended, fake_bbb):
    room.poll(61)  # processing: nothing yet
    assert not Recording.objects.exists()
    record_id = fake_bbb.add_recording(ended, minutes=58)
    room.poll(65)  # asked every ten minutes, not at every poll
    assert not Recording.objects.exists()
    room.poll(75)
    recording = Recording.objects.get()
    assert (recording.record_id, recording.minutes, recording.published) == (record_id, 58, True)
    asked = len(fake_bbb.calls_of("getRecordings"))
    room.poll(90)
    assert len(fake_bbb.calls_of("getRecordings")) == asked  # found: no more asking
    assert Meeting.objects.get().recordings_until is None


def test_asking_stops_after_the_hours(room, ended, fake_bbb, settings):
    room.poll(60 + settings.BBB_RECORDINGS_HOURS * 60 + 1)
    fake_bbb.add_recording(ended)
    asked = len(fake_bbb.calls_of("getRecordings"))
    assert tasks.fetch_recordings(room.meeting.pk, now=room.at(60 + 24 * 60)) == 0
    assert len(fake_bbb.calls_of("getRecordings")) == asked


@pytest.fixture
def recorded(room, ended, fake_bbb):
    fake_bbb.add_recording(ended, minutes=58)
    tasks.fetch_recordings(room.meeting.pk, now=room.at(61))
    # The session is over (as far as the page is concerned).
    type(room.session).objects.filter(pk=room.session.pk).update(
        starts_at=room.session.starts_at - timedelta(hours=2),
        ends_at=room.session.ends_at - timedelta(hours=2),
    )
    return Recording.objects.get()


def page(client, session):
    return client.get(reverse("academy:session", args=[session.pk])).content.decode()


def test_registrants_and_the_coordinator_see_the_recording(
    room, stays, recorded, client, coordinator_client
):
    assert recorded.playback_url in page(coordinator_client, room.session)
    client.force_login(UserFactory(email=stays["bolat"].email))
    assert recorded.playback_url in page(client, room.session)
    assert "Watch the recording (58 minutes)" in page(client, room.session)


def test_a_guest_who_opened_their_link_sees_it(room, stays, recorded, client):
    session = client.session
    session[identity.SESSION_KEY] = stays["aigerim"].email
    session.save()
    assert recorded.playback_url in page(client, room.session)


def test_others_do_not(room, recorded, client):
    assert recorded.playback_url not in page(client, room.session)
    client.force_login(UserFactory(email="stranger@example.kz"))
    assert recorded.playback_url not in page(client, room.session)
