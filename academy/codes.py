"""Rotating check-in codes, the way authenticator apps make them.

A code is six digits of HMAC(session secret, minute number): the facilitator's
screen shows the current one, and a code from the minute before is still
accepted so that someone typing as it changes is not refused. Codes work only
from a quarter of an hour before the start to the end of the session.
"""

import hashlib
import hmac
from datetime import timedelta

from django.utils import timezone

PERIOD_SECONDS = 60
OPENS_BEFORE = timedelta(minutes=15)
DIGITS = 6


def window(session):
    """When checking in is possible: ``(opens, closes)``."""
    return session.starts_at - OPENS_BEFORE, session.ends_at


def is_open(session, now=None):
    now = now or timezone.now()
    opens, closes = window(session)
    return not session.is_cancelled and opens <= now <= closes


def _step(now):
    return int(now.timestamp()) // PERIOD_SECONDS


def code_at(session, step):
    message = f"{session.pk}:{step}".encode()
    digest = hmac.new(session.checkin_secret.encode(), message, hashlib.sha256).digest()
    offset = digest[-1] & 0x0F
    number = int.from_bytes(digest[offset : offset + 4], "big") & 0x7FFFFFFF
    return f"{number % 10**DIGITS:0{DIGITS}d}"


def current_code(session, now=None):
    return code_at(session, _step(now or timezone.now()))


def seconds_left(now=None):
    now = now or timezone.now()
    return PERIOD_SECONDS - int(now.timestamp()) % PERIOD_SECONDS


def matches(session, code, now=None):
    """The code of this minute or the one before, compared in constant time."""
    code = "".join((code or "").split())
    if len(code) != DIGITS or not code.isdigit():
        return False
    step = _step(now or timezone.now())
    return any(hmac.compare_digest(code, code_at(session, s)) for s in (step, step - 1))
