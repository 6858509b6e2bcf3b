"""Attendance rates per session and per topic, for the coordinator.

A rate is attended (present or late) over confirmed seats, for sessions
that have started and were not cancelled, as in the regional report; the
excused are counted beside it, as they were neither there nor absent. One query each: a registration
has at most one attendance row, so the joins do not multiply counts.
"""

from django.db.models import Count, Q
from django.utils import timezone

from . import programme
from .models import Attendance, Registration, Session

CONFIRMED = Q(registrations__status=Registration.Status.CONFIRMED)
ATTENDED = CONFIRMED & Q(registrations__attendance__mark__in=Attendance.ATTENDED)
EXCUSED = CONFIRMED & Q(registrations__attendance__mark=Attendance.Mark.EXCUSED)


def attendance_rate(attended, registered):
    return round(attended * 100 / registered) if registered else None


def held(sessions, now=None):
    return sessions.filter(status=Session.Status.SCHEDULED, starts_at__lte=now or timezone.now())


def per_session(sessions, limit=100):
    rows = programme.label_sessions(
        held(sessions)
        .select_related("school", "topic")
        .annotate(
            registered=Count("registrations", filter=CONFIRMED),
            attended=Count("registrations", filter=ATTENDED),
            excused=Count("registrations", filter=EXCUSED),
        )
        .order_by("-starts_at")[:limit]
    )
    for row in rows:
        row.rate = attendance_rate(row.attended, row.registered)
    return rows


def per_topic(sessions):
    rows = list(
        held(sessions)
        .values("topic_key")
        .annotate(
            sessions=Count("pk", distinct=True),
            registered=Count("registrations", filter=CONFIRMED),
            attended=Count("registrations", filter=ATTENDED),
            excused=Count("registrations", filter=EXCUSED),
        )
        .order_by("topic_key")
    )
    names = programme.topic_titles([row["topic_key"] for row in rows])
    for row in rows:
        row["title"] = names.get(row["topic_key"], "")
        row["rate"] = attendance_rate(row["attended"], row["registered"])
    return sorted(rows, key=lambda row: row["title"])
