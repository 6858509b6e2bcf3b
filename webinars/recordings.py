"""Recordings of ended meetings, asked of the server until found.

BigBlueButton processes a recording for minutes to hours after the meeting;
``fetch`` asks ``getRecordings`` and keeps what it lists, until a published
one is found or ``Meeting.recordings_until`` passes. Who may watch them is the
session page's business (``for_session``): registrants and the coordinator.
"""

import logging

from django.db import transaction
from django.utils import timezone

from . import bbb
from .models import Meeting, Recording

logger = logging.getLogger(__name__)


def fetch(meeting_pk, now=None):
    """Store the meeting's recordings; returns how many are published."""
    now = now or timezone.now()
    meeting = Meeting.objects.filter(
        pk=meeting_pk, state=Meeting.State.ENDED, recordings_until__gt=now
    ).first()
    if meeting is None:
        return 0
    try:
        found = bbb.server(meeting.server).recordings(meeting.meeting_id)
    except (KeyError, bbb.BBBError) as error:
        logger.warning("recordings of %s not fetched: %s", meeting.meeting_id, error)
        return 0
    with transaction.atomic():
        for item in found:
            if not item.record_id or not item.playback_url.startswith(("https://", "http://")):
                continue
            Recording.objects.update_or_create(
                record_id=item.record_id,
                defaults={
                    "meeting": meeting,
                    "playback_url": item.playback_url[:1000],
                    "minutes": item.minutes,
                    "published": item.published,
                },
            )
        published = sum(1 for item in found if item.published)
        Meeting.objects.filter(pk=meeting.pk).update(
            last_polled_at=now, **({"recordings_until": None} if published else {})
        )
    return published


def for_session(session):
    """The session's published recordings, oldest first."""
    return list(Recording.objects.filter(meeting__session=session, published=True))
