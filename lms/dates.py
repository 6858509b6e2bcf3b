"""Dates and times as people read them, one way per language.

A date reads as DATE_FORMAT, a date with a time as DATETIME_FORMAT and a bare
time as TIME_FORMAT of the active language (``lms/formats/<language>``), in
Almaty time (TIME_ZONE). Templates use ``|date:"DATE_FORMAT"``,
``|date:"DATETIME_FORMAT"`` and ``|time:"TIME_FORMAT"``; Python code uses the
three functions here. ``tests/test_dates.py`` refuses any other format
(docs/design.md, "Dates")."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format, time_format


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def show_date(value):
    """07.12.2026 (kk, ru), 7 Dec 2026 (en); "" for None."""
    return date_format(_local(value), "DATE_FORMAT") if value else ""


def show_datetime(value):
    """07.12.2026, 14:30 (kk, ru), 7 Dec 2026, 14:30 (en); "" for None."""
    return date_format(_local(value), "DATETIME_FORMAT") if value else ""


def show_time(value):
    """14:30 in every language; "" for None."""
    return time_format(_local(value), "TIME_FORMAT") if value else ""
