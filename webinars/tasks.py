"""Background work of webinars: following meetings, closing them, fetching
their recordings.

Tasks take ids (and an optional ``now``, so tests drive time) and are safe to
run twice: ``follow_meetings`` runs once at a time (``lms.locks``) and each
meeting is polled under its row lock (``webinars.presence``); closing an
ended meeting again changes nothing; recordings are kept by their id.
``follow_meetings`` runs from Celery beat every ``BBB_POLL_SECONDS``.
"""

from datetime import datetime, timedelta

from celery import shared_task
from django.db.models import Q
from django.utils import timezone

from lms.locks import only_one

from . import presence, recordings, servers
from .models import Meeting

# Ended meetings are asked for their recording this often, not at every poll.
RECORDINGS_EVERY = timedelta(minutes=10)


def _moment(now):
    """``now`` as given to a task: a datetime, its ISO text (through the
    broker), or None for the present."""
    if isinstance(now, str):
        return datetime.fromisoformat(now)
    return now or timezone.now()


@shared_task
def follow_meetings(now=None):
    """Poll every open meeting, close those that are over, and ask ended
    ones for their recordings now and then. Returns the meetings polled."""
    now = _moment(now)
    if not servers.configured():
        return 0
    with only_one("webinars.follow_meetings", timeout=600) as held:
        if not held:
            return 0
        polled = 0
        for pk in Meeting.objects.filter(state__in=presence.OPEN).values_list("pk", flat=True):
            polled += presence.follow(pk, now) is not None
        due = Meeting.objects.filter(state=Meeting.State.ENDED, recordings_until__gt=now).filter(
            Q(last_polled_at__isnull=True) | Q(last_polled_at__lte=now - RECORDINGS_EVERY)
        )
        for pk in due.values_list("pk", flat=True):
            recordings.fetch(pk, now)
    return polled


@shared_task
def close_meeting(meeting_id, now=None):
    """Close one meeting: its visits, minutes and marks."""
    minutes = presence.close_meeting(meeting_id, _moment(now))
    return None if minutes is None else len(minutes)


@shared_task
def fetch_recordings(meeting_id, now=None):
    return recordings.fetch(meeting_id, _moment(now))
