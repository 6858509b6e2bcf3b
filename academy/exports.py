"""The register of a session as CSV or XLSX, for the coordinator.

Cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``)
are prefixed with an apostrophe: names and e-mails come from the public.
"""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from .models import Registration

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


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
    ]


def rows(session):
    registrations = (
        session.registrations.filter(status__in=Registration.ACTIVE)
        .select_related("attendance__marked_by")
        .order_by("status", "name", "pk")
    )
    for registration in registrations:
        mark = getattr(registration, "attendance", None)
        yield [
            safe(value)
            for value in (
                registration.name,
                registration.email,
                registration.get_status_display(),
                _time(registration.created_at),
                mark.get_mark_display() if mark else "",
                _time(mark.checked_in_at) if mark else "",
                _time(mark.joined_at) if mark else "",
                marked_by(mark),
            )
        ]


def marked_by(mark):
    if mark is None or not mark.source:
        return ""
    if mark.marked_by_id:
        return f"{mark.get_source_display()}: {mark.marked_by.get_full_name()}"
    return mark.get_source_display()


def filename(session, extension):
    day = timezone.localtime(session.starts_at).strftime("%Y-%m-%d")
    return f"register-{session.school.code}-{day}-{session.pk}.{extension}"


def to_csv(session):
    """UTF-8 with a byte-order mark, so Excel reads Kazakh letters right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header())
    writer.writerows(rows(session))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(session):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Register")[:31])
    sheet.append(header())
    for row in rows(session):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
