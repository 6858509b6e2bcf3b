"""Everything the platform holds about one person, as tables, and the ZIP
of JSON and CSV (and the certificates' PDFs) they download.

An account holder's data is found through their account and their e-mail;
a guest's through the e-mail whose mailbox they proved (the signed manage
link), with the certificates of the inactive account the academy made to
hold them. Every concrete field of every row is written, so that a field
added to a model later is in the export without a change here; only the
password hash is left out (it is a secret, not information about them).
"""

import csv
import io
import json
import zipfile
from datetime import date
from decimal import Decimal

from django.db.models import Q

LEFT_OUT = {"password"}
# Staff access records name the staff member and their address: theirs, not
# the person's. The person learns when, in which role and scope, what, how many rows.
LEFT_OUT_BY_MODEL = {"AccessRecord": {"actor", "address"}}


def _plain(value):
    if isinstance(value, date):  # a datetime is a date too
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "name") and hasattr(value, "storage"):  # a file field
        return value.name or ""
    return value


def _rows(queryset):
    left_out = LEFT_OUT | LEFT_OUT_BY_MODEL.get(queryset.model.__name__, set())
    fields = [f for f in queryset.model._meta.concrete_fields if f.name not in left_out]
    return [
        {field.attname: _plain(getattr(obj, field.attname)) for field in fields}
        for obj in queryset.order_by("pk")
    ]


def querysets(user=None, email=""):
    """``{table name: queryset}`` of one person's rows."""
    from academy.models import Attendance, GuestAccount, Registration
    from audit import trail
    from certificates.models import Certificate
    from courses.models import (
        Attempt,
        EditionMove,
        Enrolment,
        HoursCredit,
        LessonProgress,
        LiveAttendance,
        PracticalSubmission,
        ReflectionAnswer,
        VideoProgress,
    )
    from exports.models import ExportJob
    from messaging.models import ChannelOrder, Contact, Delivery
    from messaging.people import Person
    from users.models import User

    from .models import Consent, DataExport

    if user is not None:
        email = user.email.lower()
        people = User.objects.filter(pk=user.pk)
        registrations = Registration.objects.filter(Q(user=user) | Q(email__iexact=email))
        consents = Consent.objects.filter(Q(user=user) | Q(email__iexact=email))
    else:
        guest_holders = GuestAccount.objects.filter(
            user__email__iexact=email, claimed_at__isnull=True
        ).values("user")
        people = User.objects.filter(pk__in=guest_holders)
        registrations = Registration.objects.filter(email__iexact=email)
        consents = Consent.objects.filter(email__iexact=email, user__isnull=True)
    enrolments = Enrolment.objects.filter(user__in=people)
    person = Person(user=user, email=email).rows
    return {
        "profile": people,
        "enrolments": enrolments,
        "edition_moves": EditionMove.objects.filter(enrolment__in=enrolments),
        "hours_credits": HoursCredit.objects.filter(enrolment__in=enrolments),
        "lesson_progress": LessonProgress.objects.filter(enrolment__in=enrolments),
        "video_progress": VideoProgress.objects.filter(progress__enrolment__in=enrolments),
        "reflections": ReflectionAnswer.objects.filter(enrolment__in=enrolments),
        "test_attempts": Attempt.objects.filter(enrolment__in=enrolments),
        "practical_tasks": PracticalSubmission.objects.filter(enrolment__in=enrolments),
        "live_attendance": LiveAttendance.objects.filter(enrolment__in=enrolments),
        "registrations": registrations,
        "attendance": Attendance.objects.filter(registration__in=registrations),
        "certificates": Certificate.objects.filter(holder__in=people),
        "consents": consents,
        "message_contacts": Contact.objects.filter(person),
        "message_channel_order": ChannelOrder.objects.filter(person),
        "messages": Delivery.objects.filter(person),
        "exports_requested": ExportJob.objects.filter(user__in=people),
        "data_exports": DataExport.objects.filter(Q(user__in=people) | Q(email__iexact=email)),
        "staff_access": trail.about(
            user_ids=people.values_list("pk", flat=True),
            registration_ids=registrations.values_list("pk", flat=True),
        ),
    }


def tables(user=None, email=""):
    return {name: _rows(queryset) for name, queryset in querysets(user, email).items()}


def _csv(rows):
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                    for k, v in row.items()
                }
            )
    return "\ufeff" + out.getvalue()  # a BOM, so that spreadsheet programs read UTF-8


def write_zip(handle, user=None, email=""):
    """Write the person's ZIP into ``handle``; returns the number of rows."""
    from certificates.models import Certificate

    data = tables(user, email)
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in data.items():
            archive.writestr(
                f"{name}.json", json.dumps(rows, ensure_ascii=False, indent=2, default=str)
            )
            archive.writestr(f"{name}.csv", _csv(rows))
        for certificate in Certificate.objects.filter(
            pk__in=[r["id"] for r in data["certificates"]]
        ):
            if certificate.pdf:
                try:
                    with certificate.pdf.open("rb") as pdf:
                        archive.writestr(
                            f"certificates/{certificate.number}-v{certificate.version}.pdf",
                            pdf.read(),
                        )
                except FileNotFoundError:
                    continue
    return sum(len(rows) for rows in data.values())
