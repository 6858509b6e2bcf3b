"""Background work of the academy: letters, reminders, certificates.

Tasks take ids and are safe to run twice: each letter is claimed with a
conditional UPDATE (its ``*_sent_at`` from NULL to now) before it is sent,
and given back if sending fails, so it goes exactly once however many
workers or beat ticks race. ``send_due_reminders`` runs from Celery beat
(``CELERY_BEAT_SCHEDULE`` in ``lms.settings.base``).
"""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from . import emails
from .models import Registration, Session

Status = Registration.Status
CLAIM_FIELDS = {
    "confirmed": "confirmation_sent_at",
    "waitlisted": "waitlist_sent_at",
    "moved_up": "moved_up_sent_at",
    "cancelled": "cancellation_sent_at",
    "reminder_24h": "reminder_24h_sent_at",
    "reminder_1h": "reminder_1h_sent_at",
}
REMINDERS = {"reminder_24h": timedelta(hours=24), "reminder_1h": timedelta(hours=1)}
SWEEP_LIMIT = 5000  # letters queued by one sweep
RETRY = {"autoretry_for": (Exception,), "retry_backoff": 5, "retry_jitter": True, "max_retries": 5}


def still_due(kind, now):
    """What must still hold when the letter goes out."""
    if kind in ("confirmed", "moved_up"):
        return Q(status=Status.CONFIRMED, session__status=Session.Status.SCHEDULED)
    if kind == "waitlisted":
        return Q(status=Status.WAITLISTED, session__status=Session.Status.SCHEDULED)
    if kind == "cancelled":
        return Q(status__in=Registration.ACTIVE, session__status=Session.Status.CANCELLED)
    return Q(
        status=Status.CONFIRMED,
        session__status=Session.Status.SCHEDULED,
        session__starts_at__gt=now,
    )


def claim(registration_id, kind, now):
    """Take the letter: 1 for the one run that does, 0 for every other.

    The UPDATE names only the registration's own columns. With the
    session's in it too, Django writes ``WHERE id IN (SELECT … JOIN …)``,
    and PostgreSQL, re-checking a row another run has just claimed, does
    not evaluate that subquery again: both runs claimed, and two beats sent
    the reminder twice (tests/messaging/test_races.py found it)."""
    field = CLAIM_FIELDS[kind]
    if not Registration.objects.filter(still_due(kind, now), pk=registration_id).exists():
        return 0
    return Registration.objects.filter(pk=registration_id, **{f"{field}__isnull": True}).update(
        **{field: now}
    )


@shared_task(bind=True, **RETRY)
def send_notice(self, registration_id, kind):
    """Send one letter of ``kind`` to one registration, once."""
    now = timezone.now()
    registration = (
        Registration.objects.select_related("session__school").filter(pk=registration_id).first()
    )
    if registration is None:
        return False
    # Read and written before the claim: after it, only the mail server is
    # waited on. A database that fails after the claim could not give it back
    # (ops/rehearsal lost a confirmation so, while the primary restarted).
    letter = emails.message(registration, kind)
    if not claim(registration_id, kind, now):
        return False
    try:
        letter.send()
    except Exception:
        Registration.objects.filter(pk=registration_id).update(**{CLAIM_FIELDS[kind]: None})
        raise
    return True


@shared_task(bind=True, **RETRY)
def send_change_notice(self, registration_id, sequence):
    """Tell one registration that its session changed (to ``sequence``), once.

    Only the latest change is written about: a task for an earlier change
    that runs after a later one sends nothing, the later task tells all."""
    registration = (
        Registration.objects.filter(
            pk=registration_id,
            status__in=Registration.ACTIVE,
            session__status=Session.Status.SCHEDULED,
            session__sequence=sequence,
            change_notified__lt=sequence,
        )
        .select_related("session__school")
        .first()
    )
    if registration is None:
        return False
    before = registration.change_notified
    letter = emails.message(registration, "changed")  # read before the claim, as above
    claimed = Registration.objects.filter(pk=registration_id, change_notified=before).update(
        change_notified=sequence
    )
    if not claimed:
        return False
    try:
        letter.send()
    except Exception:
        Registration.objects.filter(pk=registration_id, change_notified=sequence).update(
            change_notified=before
        )
        raise
    return True


def due_reminders(kind, now):
    """Confirmed registrations of scheduled sessions that start within the
    reminder's lead time and have not had it. People who registered (or
    moved up) inside that lead time already have the details in a fresh
    letter; inside the last hour only the one-hour reminder goes.

    A reminder whose time falls in the quiet hours (22:00-08:00, Almaty)
    goes before they begin instead, by every channel, e-mail too: one
    reminder, on time for the morning (``messaging.quiet.reminder_horizon``)."""
    from messaging.quiet import reminder_horizon

    lead = REMINDERS[kind]
    field = CLAIM_FIELDS[kind]
    due = Registration.objects.filter(
        status=Status.CONFIRMED,
        session__status=Session.Status.SCHEDULED,
        session__starts_at__gt=now,
        session__starts_at__lte=reminder_horizon(now, lead),
        created_at__lte=F("session__starts_at") - lead,
        **{f"{field}__isnull": True},
    ).filter(Q(promoted_at__isnull=True) | Q(promoted_at__lte=F("session__starts_at") - lead))
    if kind == "reminder_24h":
        due = due.filter(session__starts_at__gt=now + REMINDERS["reminder_1h"])
    return due


def unsent_letters(kind, now):
    """Registrations of the last day whose confirmation or waiting-list letter
    was never sent: the broker did not take its task (``lms.enqueue``). Walk-ins
    and people moved up (they had another letter) are not written to."""
    grace = timedelta(seconds=settings.TASK_SWEEP_GRACE_SECONDS)
    field = CLAIM_FIELDS[kind]
    status = Status.CONFIRMED if kind == "confirmed" else Status.WAITLISTED
    return (
        Registration.objects.filter(
            status=status,
            walk_in=False,
            promoted_at__isnull=True,
            created_at__lte=now - grace,
            created_at__gte=now - timedelta(days=1),
            session__status=Session.Status.SCHEDULED,
            session__starts_at__gt=now,
            **{f"{field}__isnull": True},
        )
        .exclude(email="")
        .order_by("pk")[:SWEEP_LIMIT]
    )


@shared_task
def send_due_reminders():
    """Every few minutes (beat): queue the reminders that are due (the
    letter, and the message by Telegram or SMS where the person chose one),
    and the letters whose tasks the broker did not take."""
    from messaging.tasks import queue_registration_message

    now = timezone.now()
    queued = 0
    for kind in REMINDERS:
        for registration_id in due_reminders(kind, now).values_list("pk", flat=True).iterator():
            send_notice.delay(registration_id, kind)
            queue_registration_message.delay(registration_id, kind)
            queued += 1
    for kind in ("confirmed", "waitlisted"):
        for registration_id in unsent_letters(kind, now).values_list("pk", flat=True):
            send_notice.delay(registration_id, kind)
            queued += 1
    return queued


@shared_task(bind=True, **RETRY)
def award_certificate(self, programme_key, email):
    """Issue the attendance certificate if it is due, then render and send it."""
    from certificates.tasks import deliver_certificate

    from .attendance import award_certificate as award

    certificate = award(programme_key, email)
    if certificate is None:
        return None
    if not (certificate.pdf and certificate.emailed_at):
        deliver_certificate.delay(certificate.pk)
    return certificate.pk
