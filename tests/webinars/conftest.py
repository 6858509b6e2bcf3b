"""A session held on the fake BigBlueButton server (``fake_bbb``, tests/conftest.py),
with two parents, and ``Room``: what happens in it at simulated times.

The session started a minute ago and lasts an hour, so the platform's join
link works now; the polls run at ``start + minutes`` through the task
itself (``follow_meetings(now=...)``), never by waiting.
"""

from datetime import timedelta

import pytest
from django.urls import reverse

from academy import tokens
from tests.academy.conftest import (  # noqa: F401 - the academy's fixtures, reused
    _english,
    coordinator,
    coordinator_client,
    make_session,
    on_commit,
    other_school,
    parent,
    programme,
    school,
    template,
    topic,
    topics,
)
from tests.factories import RegistrationFactory
from webinars import tasks
from webinars.models import Meeting


@pytest.fixture
def webinar(make_session, fake_bbb):  # noqa: F811 - the imported fixture
    return make_session(
        starts_in=timedelta(minutes=-1),
        minutes=60,
        format="online",
        meeting_url="",
        webinar_server="fake",
        capacity=10,
    )


@pytest.fixture
def stays(webinar):
    """Aigerim stays 40 minutes, Bolat 5."""
    return {
        "aigerim": RegistrationFactory(session=webinar, name="Айгерім Сейітова"),
        "bolat": RegistrationFactory(session=webinar, name="Болат Ержанов"),
    }


class Room:
    """The webinar as the fake server sees it, and the polls at chosen minutes."""

    def __init__(self, session, fake, client):
        self.session, self.fake, self.client = session, fake, client

    def at(self, minutes):
        return self.session.starts_at + timedelta(minutes=minutes)

    def join(self, registration, client=None):
        """Through the platform's join link, as from the letter."""
        url = reverse("academy:join", args=[tokens.join_token(registration)])
        return (client or self.client).get(url)

    @property
    def meeting(self):
        return Meeting.objects.get(session=self.session)

    def leave(self, registration):
        self.fake.leave(self.meeting.meeting_id, registration.pk)

    def rejoin(self, registration):
        self.fake.join_as(self.meeting.meeting_id, registration.pk, registration.name)

    def poll(self, minutes):
        return tasks.follow_meetings(now=self.at(minutes))

    def end(self, callback=False):
        """The moderator ends the meeting; returns the callback's URL (or,
        with ``callback=True``, its status over real HTTP)."""
        return self.fake.end_meeting(self.meeting.meeting_id, callback=callback)


@pytest.fixture
def room(webinar, fake_bbb, client):
    return Room(webinar, fake_bbb, client)
