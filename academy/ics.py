"""A one-event iCalendar file (RFC 5545), made with the icalendar library.

The library escapes text values and folds lines at 75 octets without
splitting a UTF-8 character (Kazakh letters are two octets each). Times are
written in UTC, so every calendar shows them in its own time zone.
"""

from datetime import UTC

from django.utils import timezone
from icalendar import Calendar, Event

PRODID = "-//Bilim//Parents' Academy//EN"


def calendar(
    *,
    uid,
    start,
    end,
    summary,
    description="",
    location="",
    url="",
    sequence=0,
    cancelled=False,
    stamp=None,
):
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", (stamp or timezone.now()).astimezone(UTC))
    event.add("dtstart", start.astimezone(UTC))
    event.add("dtend", end.astimezone(UTC))
    event.add("sequence", sequence)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    cal = Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", PRODID)
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add_component(event)
    return cal.to_ical().decode("utf-8")
