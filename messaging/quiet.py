"""Quiet hours: no Telegram or SMS message at night.

``MESSAGING_QUIET_HOURS`` ("22:00-08:00") is read in the site's time zone
(``TIME_ZONE``, Asia/Almaty: the platform's people live in Kazakhstan). A
message that would go in them is held until they end; a reminder whose time
falls in them goes before they begin instead (``reminder_horizon``), since
"your session starts in an hour" at 08:00 for an 08:30 session is too late
and at 07:30 too early in the morning.
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone


def hours():
    """``(start, end)`` as times of day; equal times mean no quiet hours."""
    start, _, end = (settings.MESSAGING_QUIET_HOURS or "00:00-00:00").partition("-")
    return time.fromisoformat(start.strip()), time.fromisoformat(end.strip())


def windows_near(moment):
    """The quiet windows that begin the day before, on, and the day after
    ``moment``'s local date: ``[(start, end), ...]`` as aware datetimes."""
    start, end = hours()
    if start == end:
        return []
    local = timezone.localtime(moment)
    zone = local.tzinfo
    found = []
    for offset in (-1, 0, 1):
        day = local.date() + timedelta(days=offset)
        begins = datetime.combine(day, start, tzinfo=zone)
        ends = datetime.combine(day if end > start else day + timedelta(days=1), end, tzinfo=zone)
        found.append((begins, ends))
    return found


def window_at(moment):
    """The quiet window ``moment`` falls in, or None."""
    return next(((s, e) for s, e in windows_near(moment) if s <= moment < e), None)


def is_quiet(moment):
    return window_at(moment) is not None


def open_at(moment):
    """``moment``, or the end of the quiet hours it falls in."""
    window = window_at(moment)
    return window[1] if window else moment


def margin():
    return timedelta(minutes=settings.MESSAGING_QUIET_MARGIN_MINUTES)


def reminder_horizon(now, lead):
    """Sessions starting up to this moment are due for a reminder sent
    ``lead`` before: normally ``now + lead``; from ``margin`` before quiet
    hours begin until they end, also every session whose reminder would fall
    in them (it goes now, before the night, not in it)."""
    horizon = now + lead
    for begins, ends in windows_near(now):
        if begins - margin() <= now < ends:
            horizon = max(horizon, ends + lead - timedelta(microseconds=1))
    return horizon
