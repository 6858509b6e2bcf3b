"""Asking for a data export: at most ``PRIVACY_EXPORTS_PER_DAY`` a day for
one person (an account, or a guest's e-mail), since each reads every table
and sends a letter."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language

from .models import DataExport
from .tasks import prepare_data_export

WINDOW = timedelta(days=1)


def per_day():
    return settings.PRIVACY_EXPORTS_PER_DAY


def mine(user=None, email=""):
    if user is not None:
        return DataExport.objects.filter(user=user)
    return DataExport.objects.filter(Q(email__iexact=email), user__isnull=True)


def next_allowed(user=None, email="", now=None):
    """None when a new export may be asked for now, else the time it may."""
    now = now or timezone.now()
    recent = list(
        mine(user, email).filter(created_at__gt=now - WINDOW).values_list("created_at", flat=True)
    )
    if len(recent) < per_day():
        return None
    return sorted(recent)[-per_day()] + WINDOW


def ask(user=None, email=""):
    """A new export, prepared once this transaction commits."""
    export = DataExport.objects.create(
        user=user, email="" if user else email.lower(), language=(get_language() or "kk")[:2]
    )
    transaction.on_commit(lambda: prepare_data_export.delay(export.pk))
    return export
