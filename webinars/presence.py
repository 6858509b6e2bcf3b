"""Who stayed how long: the poll of a meeting, and its closing.

Each poll (``follow``) asks the server ``getMeetingInfo`` and compares its
attendees (VIEWERs whose ``userID`` is one of the session's confirmed
registrations) with the open visits: a newcomer opens a visit at ``now``,
someone gone has theirs closed at ``now``. A stay is therefore known to
about one poll interval (``BBB_POLL_SECONDS``).

The meeting row is locked for the poll with SKIP LOCKED: a second poll of
the same meeting at the same moment does nothing rather than wait and then
act on an older answer, and the database's one-open-visit-per-registration
constraint backs it up.

Closing (``close``: the server says the meeting is over after the session's
end, or BigBlueButton called back) closes the open visits, writes every
registrant's minutes (visits clipped to the session's time, rejoins added)
on their ``Attendance`` and applies the programme's rule
(``academy.attendance.stayed_online``).
"""

import logging
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.utils import timezone

from academy import attendance
from academy.models import Attendance, Registration

from . import bbb
from .models import Meeting, Visit

logger = logging.getLogger(__name__)
OPEN = (Meeting.State.CREATED, Meeting.State.RUNNING)
# A server that stays silent this long after the session's end: the meeting is
# closed with what the polls saw.
GIVE_UP_AFTER = timedelta(hours=2)
MAX_ID = 2**63 - 1


def follow(meeting_pk, now=None):
    """One poll of one open meeting. Returns the registration ids seen in the
    room, or None if the meeting was not polled (closed, being polled, or its
    server did not answer)."""
    now = now or timezone.now()
    with transaction.atomic():
        meeting = (
            Meeting.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("session")
            .filter(pk=meeting_pk, state__in=OPEN)
            .first()
        )
        if meeting is None:
            return None
        session = meeting.session
        try:
            info = bbb.server(meeting.server).meeting_info(meeting.meeting_id)
        except (KeyError, bbb.BBBError) as error:
            logger.warning("webinar %s not polled: %s", meeting.meeting_id, error)
            if now >= session.ends_at + GIVE_UP_AFTER:
                close(meeting, now, left_at=meeting.last_polled_at or now)
            return None
        running = info is not None and info.running
        seen = registrants(session, info.attendees) if running else set()
        _see(meeting, seen, now)
        meeting.last_polled_at = now
        if running:
            meeting.state = Meeting.State.RUNNING
        meeting.save(update_fields=["last_polled_at", "state"])
        if not running and now >= session.ends_at:
            close(meeting, now)
        else:
            record_minutes(meeting, now)
    return seen


def registrants(session, attendees):
    """The confirmed registrations of ``session`` among BigBlueButton's
    attendees: VIEWERs whose ``userID`` is a registration id. Anything else
    (staff, a phone dial-in, a made-up or huge id) is no one's."""
    ids = {
        int(a.user_id)
        for a in attendees
        if a.role.upper() == "VIEWER"
        and a.user_id.isascii()
        and a.user_id.isdigit()
        and 0 < int(a.user_id) <= MAX_ID
    }
    if not ids:
        return set()
    return set(
        Registration.objects.filter(
            session=session, pk__in=ids, status=Registration.Status.CONFIRMED
        ).values_list("pk", flat=True)
    )


def _see(meeting, present, now):
    open_visits = dict(
        meeting.visits.filter(left_at__isnull=True).values_list("registration_id", "pk")
    )
    gone = [pk for registration, pk in open_visits.items() if registration not in present]
    if gone:
        Visit.objects.filter(pk__in=gone).update(left_at=now)
    new = [
        Visit(meeting=meeting, registration_id=registration, joined_at=now)
        for registration in sorted(present - open_visits.keys())
    ]
    Visit.objects.bulk_create(new, ignore_conflicts=True)


def minutes_in(visits, starts, ends, now):
    """``{registration id: whole minutes}``: each visit clipped to the session's
    time (an open one runs until ``now``), rejoins added."""
    seconds = defaultdict(float)
    for registration, joined, left in visits:
        start, end = max(joined, starts), min(left or now, ends)
        seconds[registration] += max(0.0, (end - start).total_seconds())
    return {registration: int(total // 60) for registration, total in seconds.items()}


def record_minutes(meeting, now):
    """Write each visitor's minutes so far on their ``Attendance``: one read of
    the visits, one of the rows, one bulk update, however many came."""
    session = meeting.session
    minutes = minutes_in(
        meeting.visits.values_list("registration_id", "joined_at", "left_at"),
        session.starts_at,
        session.ends_at,
        now,
    )
    if not minutes:
        return minutes
    Attendance.objects.bulk_create(
        [Attendance(registration_id=pk) for pk in minutes], ignore_conflicts=True
    )
    rows = list(Attendance.objects.filter(registration_id__in=minutes))
    for row in rows:
        row.online_minutes = minutes[row.registration_id]
    Attendance.objects.bulk_update(rows, ["online_minutes"])
    return minutes


def close(meeting, now, left_at=None):
    """Close the meeting (the caller holds its row lock): open visits end at
    ``left_at`` (default ``now``), minutes are written, the rule applied, and
    its recording is looked for from now on."""
    # No visit ends before it began (the database checks it too).
    meeting.visits.filter(left_at__isnull=True).update(
        left_at=Greatest(Value(left_at or now), F("joined_at"))
    )
    minutes = record_minutes(meeting, now)
    meeting.state, meeting.ended_at = Meeting.State.ENDED, now
    meeting.recordings_until = now + timedelta(hours=settings.BBB_RECORDINGS_HOURS)
    meeting.save(update_fields=["state", "ended_at", "recordings_until"])
    attendance.stayed_online(meeting.session, minutes, now)
    return minutes


def close_meeting(meeting_pk, now=None):
    """Close one meeting now (BigBlueButton's end callback). Closing an
    ended meeting again changes nothing. Returns the minutes, or None."""
    now = now or timezone.now()
    with transaction.atomic():
        meeting = (
            Meeting.objects.select_for_update(of=("self",))
            .select_related("session")
            .filter(pk=meeting_pk, state__in=OPEN)
            .first()
        )
        return close(meeting, now) if meeting else None
