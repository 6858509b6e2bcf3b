"""The register of a session as CSV or XLSX, for the coordinator, written
by ``exports.writers`` (text that looks like a formula stays text: names and
e-mails come from the public). "Minutes online" is the time in the
platform's webinar room (``Attendance.online_minutes``), read with the mark:
empty for anyone who never joined one."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from exports.responses import download

from .models import Registration


def _time(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def header():
    return [
        _("Name"),
        _("E-mail"),
        _("Registration"),
        _("Registered"),
        _("Mark"),
        _("Checked in"),
        _("Joined online"),
        _("Marked by"),
        _("Minutes online"),
    ]


def registrations(session):
    return (
        session.registrations.filter(status__in=Registration.ACTIVE)
        .select_related("attendance__marked_by")
        .order_by("status", "name", "pk")
    )


def row(registration):
    walk_in = Registration._meta.get_field("walk_in").verbose_name
    mark = getattr(registration, "attendance", None)
    status = registration.get_status_display()
    return [
        registration.name,
        registration.email,
        f"{status}, {walk_in}" if registration.walk_in else status,
        _time(registration.created_at),
        mark.get_mark_display() if mark else "",
        _time(mark.checked_in_at) if mark else "",
        _time(mark.joined_at) if mark else "",
        marked_by(mark),
        mark.online_minutes if mark and mark.online_minutes is not None else "",
    ]


def marked_by(mark):
    if mark is None or not mark.source:
        return ""
    if mark.marked_by_id:
        return f"{mark.get_source_display()}: {mark.marked_by.get_full_name()}"
    return mark.get_source_display()


def response(session, kind, reading):
    """The register as a download: ``kind`` "csv" or "xlsx"; the rows go
    through ``reading`` (``audit.trail.Reading``), which records them."""
    day = timezone.localtime(session.starts_at).strftime("%Y-%m-%d")
    name = f"register-{session.school.code}-{day}-{session.pk}"
    rows = reading.rows(registrations(session).iterator(), row, lambda r: (r.user_id, r.pk))
    return download(kind, name, header(), rows, title=pgettext("attendance register", "Register"))
