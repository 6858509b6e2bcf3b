"""Opening a session's room on BigBlueButton and the ways into it.

The room is made at the first join, not at scheduling: BigBlueButton removes
a meeting nobody joined after a few minutes, and ``create`` is idempotent
(docs: "your application can always call create before returning the join
URL"), so every join calls it. Only our own ``Meeting`` row is guarded, by
the session's row lock, so two first joins make one row and one meeting ID.

Parents enter as VIEWER with ``userID`` = their registration's id, which is
how the poll (``webinars.presence``) knows whom it sees; staff enter as
MODERATOR with ``staff-<account id>``, never counted as a parent.
"""

import logging
import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from academy import codes, programme
from academy.models import Session
from lms.dates import show_datetime

from . import bbb
from .models import Meeting

logger = logging.getLogger(__name__)
END_SALT = "webinars.ended"
STAFF_PREFIX = "staff-"
VIEWER, MODERATOR = "VIEWER", "MODERATOR"
# BigBlueButton ends a meeting that outlasts its ``duration``: the session's
# length and this much more, for a discussion that runs over.
OVERRUN = timedelta(minutes=30)


class WebinarUnavailable(Exception):
    """The room cannot be opened now; the message is for the person."""


def open_room(session, now=None):
    """The session's ``Meeting``, created on its server if need be. A meeting
    that ended (the moderator ended it, or it emptied and expired) is opened
    again while the session lasts."""
    now = now or timezone.now()
    if not session.on_webinar or session.is_cancelled:
        raise WebinarUnavailable(_("This session has no webinar room."))
    opens = codes.window(session)[0]
    if now < opens:
        raise WebinarUnavailable(
            _("The webinar room opens at %(time)s.") % {"time": show_datetime(opens)}
        )
    if now > session.ends_at:
        raise WebinarUnavailable(_("The session is over."))
    meeting = _meeting_row(session, now)
    try:
        server = bbb.server(meeting.server)
        internal = server.create(
            meeting.meeting_id, _room_name(session), **_create_options(meeting)
        )
    except (KeyError, bbb.BBBError) as error:
        logger.warning("webinar room %s not opened: %s", meeting.meeting_id, error)
        raise WebinarUnavailable(
            _(
                "The webinar room cannot be opened right now: its server does not answer. "
                "Please try again in a minute; if it still fails, tell the school's coordinator."
            )
        ) from error
    if internal and internal != meeting.internal_meeting_id:
        Meeting.objects.filter(pk=meeting.pk).update(internal_meeting_id=internal)
        meeting.internal_meeting_id = internal
    return meeting


def _meeting_row(session, now):
    with transaction.atomic():
        Session.objects.select_for_update().filter(pk=session.pk).first()
        meeting = Meeting.objects.filter(session=session).first()
        if meeting is None:
            return Meeting.objects.create(
                session=session,
                server=session.webinar_server,
                meeting_id=f"academy-{session.pk}-{secrets.token_hex(6)}",
                state=Meeting.State.CREATED,
                created_at=now,
            )
        if meeting.is_ended:
            meeting.state, meeting.ended_at = Meeting.State.CREATED, None
            meeting.save(update_fields=["state", "ended_at"])
        return meeting


def _room_name(session):
    programme.label_sessions([session])
    return (session.title or _("Parents' Academy"))[:64].ljust(2, ".")


def _create_options(meeting):
    session = meeting.session
    minutes = int((session.ends_at - session.starts_at + OVERRUN).total_seconds() // 60)
    return {
        "record": "true",
        "duration": minutes,
        "logoutURL": absolute(reverse("academy:session", args=[session.pk])),
        "meta_endCallbackUrl": end_callback_url(meeting),
    }


def join_url(registration, now=None):
    """Where the parent's browser goes: the signed join of their registration."""
    meeting = open_room(registration.session, now)
    return bbb.server(meeting.server).join_url(
        meeting.meeting_id, registration.name, str(registration.pk), VIEWER
    )


def staff_join_url(session, user, now=None):
    """The facilitator's or coordinator's way in, as moderator."""
    meeting = open_room(session, now)
    name = user.get_full_name() or user.email
    return bbb.server(meeting.server).join_url(
        meeting.meeting_id, name, f"{STAFF_PREFIX}{user.pk}", MODERATOR
    )


def absolute(path):
    return settings.SITE_URL.rstrip("/") + path


# --- The end-of-meeting callback -------------------------------------------------


def end_token(meeting):
    """Names the meeting and its ID, signed: BigBlueButton calls it back as is."""
    return signing.dumps([meeting.pk, meeting.meeting_id], salt=END_SALT)


def end_callback_url(meeting):
    return absolute(reverse("webinars-ended", args=[end_token(meeting)]))


def meeting_from_end_token(token):
    """The meeting a genuine callback token names, else None."""
    try:
        value = signing.loads(token or "", salt=END_SALT)
    except signing.BadSignature:
        return None
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int)):
        return None
    if not 0 < value[0] < 2**63:
        return None
    return Meeting.objects.filter(pk=value[0], meeting_id=value[1]).first()
