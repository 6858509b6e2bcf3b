"""Pace: the daily allowance of academic hours (Asia/Almaty days) and the
ledger that credits an item's hours to the day it was done."""

from datetime import timedelta
from decimal import Decimal

from django.db.models import Q, Sum
from django.utils import timezone

from ..hours import academic_hours
from ..models import (
    Attempt,
    Enrolment,
    HoursCredit,
)
from ..signals import course_completed
from .enrolment import LearningError


def allowance(enrolment, course, now=None):
    """Today's allowance of the daily limit: ``(credited today, cap, left)``
    in academic hours, today being the calendar day in Asia/Almaty
    (``settings.TIME_ZONE``). ``course`` is the course page or its outline;
    a cap of 0 means no limit, and then ``left`` is None.

    Read from the enrolment (``credit_day``, ``credit_day_hours``), so a page
    that has the enrolment pays no query for it."""
    today = timezone.localdate(now or timezone.now())
    credited = enrolment.credit_day_hours if enrolment.credit_day == today else Decimal("0")
    cap = Decimal(course.daily_hours_cap or 0)
    left = max(Decimal("0"), cap - credited) if cap else None
    return credited, cap, left


def ledger_allowance(enrolment, outline, now):
    """Like ``allowance``, but from the ledger, and counting tests in an open
    attempt as already credited (their pass will be, whenever it comes), for
    the rules, which run with the enrolment row locked."""
    cap = Decimal(outline.daily_hours_cap or 0)
    credited = HoursCredit.objects.filter(
        enrolment=enrolment, day=timezone.localdate(now)
    ).aggregate(total=Sum("hours"))["total"] or Decimal("0")
    credited += _reserved(enrolment, outline, now)
    left = max(Decimal("0"), cap - credited) if cap else None
    return credited, cap, left


def _reserved(enrolment, outline, now):
    """Hours of tests not yet passed that have an attempt still open."""
    open_keys = {
        str(key)
        for key in Attempt.objects.filter(enrolment=enrolment, submitted_at__isnull=True)
        .filter(Q(deadline__isnull=True) | Q(deadline__gte=now - timedelta(seconds=60)))
        .values_list("assessment_key", flat=True)
    }
    return sum(
        (
            item.hours
            for item in outline.items
            if item.kind == "test" and item.key not in enrolment.done and item.key in open_keys
        ),
        Decimal("0"),
    )


def hours_of(outline, key):
    item = outline.item(key)
    return item.hours if item else Decimal("0")


def fits_today(enrolment, outline, hours, now):
    """Whether ``hours`` more can be credited today. Items of 0 hours always
    fit; an item bigger than the whole cap fits on a day with nothing
    credited (or reserved) yet, or it could never be done."""
    if not outline.daily_hours_cap or not hours:
        return True
    credited, cap, _left = ledger_allowance(enrolment, outline, now)
    return credited == 0 or credited + hours <= cap


def mark_done(enrolment, outline, key, now):
    fields = ["done", "last_activity_at"]
    if key not in enrolment.done:
        enrolment.done = [*enrolment.done, key]
        fields += _credit(enrolment, outline, key, now)
    enrolment.last_activity_at = now
    settle(enrolment, outline, now, fields)


def settle(enrolment, outline, now, fields=()):
    """Count the enrolment's hours on ``outline`` (the learner's) and complete
    it if everything is done; saves ``fields`` and what this changed (the
    caller holds the enrolment row lock)."""
    fields = [*fields, "hours_done"]
    enrolment.hours_done = outline.hours_done(enrolment.done)
    newly_completed = enrolment.completed_at is None and outline.is_complete(enrolment.done)
    if newly_completed:
        enrolment.completed_at = now
        fields.append("completed_at")
    enrolment.save(update_fields=list(dict.fromkeys(fields)))
    if newly_completed:
        course_completed.send(sender=Enrolment, enrolment=enrolment)


def _credit(enrolment, outline, key, now):
    """Write the ledger row of an item just done (the caller holds the
    enrolment row lock) and keep the enrolment's count of the day; returns
    the enrolment fields changed."""
    hours = hours_of(outline, key)
    day = timezone.localdate(now)
    _credit_row, created = HoursCredit.objects.get_or_create(
        enrolment=enrolment,
        item_key=key,
        defaults={"hours": hours, "day": day, "credited_at": now},
    )
    if not created:
        return []
    if enrolment.credit_day == day:
        enrolment.credit_day_hours += hours
    elif enrolment.credit_day is None or day > enrolment.credit_day:
        enrolment.credit_day, enrolment.credit_day_hours = day, hours
    else:
        return []  # a credit dated before the latest day (a back-dated record)
    return ["credit_day", "credit_day_hours"]


def refuse_unless_it_fits(enrolment, outline, key, now, message):
    """Raise ``LearningError(message)`` when the item's hours do not fit into
    what is left of today's allowance (``message`` names %(cap)s, %(hours)s
    and %(left)s)."""
    hours = hours_of(outline, key)
    if not fits_today(enrolment, outline, hours, now):
        _credited, cap, left = ledger_allowance(enrolment, outline, now)
        raise LearningError(
            message
            % {
                "cap": academic_hours(cap),
                "hours": academic_hours(hours),
                "left": academic_hours(left),
            }
        )
