"""Reach by channel for the academy summary: per school, the registrations
that had a letter by e-mail or a message by Telegram or SMS, and the
messages that failed on each messenger.

The definitions are the coordinator's page's (``messaging.reach.by_channel``,
whose ``LETTER_SENT`` is reused), so the two agree. That page counts some
sessions at a time; the refresh needs the whole country grouped by school in
two queries, which is what this module adds. The grouping belongs beside
``by_channel`` in ``messaging.reach`` and may move there once that app is
free to change.

A registration belongs to one session, so to one school: a school's figures
add up to its district's, region's and the nation's without counting a
registration twice. Sessions of any date and status count (upcoming ones get
the confirmations and reminders); messages about a certificate have no
registration and are left out.
"""

from django.db.models import Count, F, Q

from academy.models import Registration
from messaging.channels import MESSENGERS, Channel
from messaging.models import Delivery
from messaging.reach import LETTER_SENT

CHANNELS = (Channel.EMAIL, *MESSENGERS)
REACHED = tuple(f"reached_{channel}" for channel in CHANNELS)
FAILED = tuple(f"failed_{channel}" for channel in MESSENGERS)
FIGURES = REACHED + FAILED

_PLACE = ("school_id", "district_id", "region_id")


def _grouped(queryset, session, *by, **figures):
    """``queryset`` grouped by the school of ``session`` (a path to it) and ``by``."""
    place = {
        "school_id": F(f"{session}__school_id"),
        "district_id": F(f"{session}__school__district_id"),
        "region_id": F(f"{session}__school__region_id"),
    }
    return queryset.values(*by, **place).annotate(**figures).order_by()


def by_school():
    """``{school_id: (place ids, figures)}`` for every school with a letter
    or a message: two grouped queries."""
    schools = {}

    def entry(row):
        place = {name: row.pop(name) for name in _PLACE}
        return schools.setdefault(place["school_id"], (place, dict.fromkeys(FIGURES, 0)))[1]

    letters = Registration.objects.exclude(email="").filter(LETTER_SENT)
    for row in _grouped(letters, "session", reached=Count("pk")).iterator(chunk_size=5000):
        entry(row)["reached_email"] = row["reached"]
    messages = Delivery.objects.filter(registration__isnull=False, channel__in=MESSENGERS)
    for row in _grouped(
        messages,
        "registration__session",
        "channel",
        reached=Count("registration", distinct=True, filter=Q(status=Delivery.Status.SENT)),
        failed=Count("pk", filter=Q(status=Delivery.Status.FAILED)),
    ).iterator(chunk_size=5000):
        figures = entry(row)
        figures[f"reached_{row['channel']}"] = row["reached"]
        figures[f"failed_{row['channel']}"] = row["failed"]
    return schools
