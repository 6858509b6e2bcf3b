"""A one-event iCalendar file (RFC 5545), written by hand.

Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
character (Kazakh letters are two octets each); text values are escaped.
Times are in UTC, so every calendar shows them in its own time zone.
"""

from datetime import UTC

from django.utils import timezone

PRODID = "-//Bilim//Parents' Academy//EN"
LINE_OCTETS = 75


def escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line):
    parts, current, size = [], "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > LINE_OCTETS:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += octets
    parts.append(current)
    return "\r\n".join(parts)


def utc(moment):
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


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
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{utc(stamp or timezone.now())}",
        f"DTSTART:{utc(start)}",
        f"DTEND:{utc(end)}",
        f"SEQUENCE:{sequence}",
        f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
        f"SUMMARY:{escape(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape(description)}")
    if location:
        lines.append(f"LOCATION:{escape(location)}")
    if url:
        lines.append(f"URL:{url}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
