"""The rules of sessions and registrations, as small functions the views call.

Every write that touches seats locks the session row first
(``select_for_update``), so two people taking the last seat at the same
moment leave one confirmed and one on the waiting list, and a freed seat goes
to exactly one person. Letters are queued with ``transaction.on_commit`` and
claimed before sending (``academy.tasks``), so none goes twice; one the
broker did not take is sent by the next sweep (``lms.enqueue``).
"""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from lms import enqueue

from . import programme
from .models import Registration, Session

Status = Registration.Status


class AcademyError(Exception):
    """A refusal with a message for the person; nothing was recorded."""


def notify(registration_id, kind):
    """The letter of ``kind``, and the same news by Telegram or SMS to a
    person who chose one (``messaging.dispatch``)."""
    from messaging.dispatch import notify as message

    from .tasks import send_notice

    enqueue.on_commit(send_notice, registration_id, kind)
    message(kind, registration_id=registration_id)


def notify_change(registration_id, sequence):
    from messaging.dispatch import notify as message

    from .tasks import send_change_notice

    enqueue.on_commit(send_change_notice, registration_id, sequence)
    message("changed", registration_id=registration_id)


# --- Registrations ------------------------------------------------------------


def seats_taken(session):
    return session.registrations.filter(status=Status.CONFIRMED).count()


def register(session, *, name, email, user=None, language="kk", now=None):
    """Register a person; returns ``(registration, created)``.

    A confirmed seat while there is one, else a place on the waiting list.
    Registering again with the same e-mail returns the active registration.
    """
    now = now or timezone.now()
    if user is not None and user.is_authenticated:
        email, name = user.email, name or user.get_full_name()
        language = user.preferred_language or language
    else:
        user = None
    email, name = email.strip().lower(), " ".join(name.split())
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        if session.is_cancelled:
            raise AcademyError(_("This session has been cancelled."))
        if now >= session.ends_at:
            raise AcademyError(_("This session is over; registration is closed."))
        existing = session.registrations.filter(email=email, status__in=Registration.ACTIVE).first()
        if existing:
            if user and existing.user_id is None:
                existing.user = user
                existing.save(update_fields=["user"])
            return existing, False
        status = Status.CONFIRMED if seats_taken(session) < session.capacity else Status.WAITLISTED
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    session=session,
                    user=user,
                    name=name,
                    email=email,
                    language=language,
                    status=status,
                )
        except IntegrityError:  # the same person twice at once, without row locks (SQLite)
            return session.registrations.get(email=email, status__in=Registration.ACTIVE), False
        notify(registration.pk, str(status))
    return registration, True


def cancel_registration(registration, now=None):
    """The person gives up their seat (or waiting place); the seat goes to
    the first on the waiting list."""
    now = now or timezone.now()
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=registration.session_id)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return registration
        if now >= session.starts_at:
            raise AcademyError(
                _("The session has started; the registration can no longer be cancelled.")
            )
        was_confirmed = registration.is_confirmed
        registration.status, registration.cancelled_at = Status.CANCELLED, now
        registration.save(update_fields=["status", "cancelled_at"])
        if was_confirmed:
            fill_seats(session, now)
    return registration


def remove_registration(registration, now=None):
    """The coordinator takes someone off the register (a walk-in added by
    mistake, a name twice): the seat goes to the first on the waiting list,
    and an attended mark no longer counts towards the certificate."""
    from .attendance import withdraw_certificate

    now = now or timezone.now()
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=registration.session_id)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return registration, None
        was_confirmed = registration.is_confirmed
        registration.status, registration.cancelled_at = Status.CANCELLED, now
        registration.save(update_fields=["status", "cancelled_at"])
        withdrawn = (
            withdraw_certificate(session.programme_key, registration.email, now)
            if registration.email
            else None
        )
        if was_confirmed:
            fill_seats(session, now)
    return registration, withdrawn


def fill_seats(session, now=None):
    """Move people up from the waiting list into free seats, first come first
    served, and tell them. Call with the session row locked."""
    now = now or timezone.now()
    if session.is_cancelled or now >= session.ends_at:
        return []
    free = session.capacity - seats_taken(session)
    if free <= 0:
        return []
    waiting = session.registrations.filter(status=Status.WAITLISTED).order_by("created_at", "pk")
    ids = list(waiting.values_list("pk", flat=True)[:free])
    Registration.objects.filter(pk__in=ids).update(status=Status.CONFIRMED, promoted_at=now)
    for registration_id in ids:
        notify(registration_id, "moved_up")
    return ids


def waitlist_position(registration):
    if registration.status != Status.WAITLISTED:
        return None
    ahead = registration.session.registrations.filter(status=Status.WAITLISTED).filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def registrations_of(user=None, email=None):
    """Everything a person registered for: by account or by e-mail."""
    condition = Q(pk__in=[])
    if user is not None and user.is_authenticated:
        condition |= Q(user=user) | Q(email=user.email.lower())
    if email:
        condition |= Q(email=email.lower())
    return Registration.objects.filter(condition)


def attach_registrations(user, email):
    """Once ``user`` has proven ``email`` is theirs: the registrations made
    with it as a guest become the account's. Returns how many."""
    return Registration.objects.filter(email=email.strip().lower(), user__isnull=True).update(
        user=user
    )


def registration_in(session, user=None, email=None):
    """The person's active registration for this session, if any."""
    return (
        registrations_of(user, email)
        .filter(session=session, status__in=Registration.ACTIVE)
        .select_related("session")
        .first()
    )


# --- Sessions (school coordinators) ---------------------------------------------

SESSION_FIELDS = (
    "format",
    "webinar_server",
    "meeting_url",
    "room",
    "starts_at",
    "ends_at",
    "capacity",
    "facilitator",
)
# Changes that calendars must pick up (a new SEQUENCE).
CALENDAR_FIELDS = ("starts_at", "ends_at", "room", "meeting_url", "format")


def _apply_topic(session, topic_key):
    topic = programme.source_topic(topic_key)
    if topic is None:
        raise AcademyError(_("There is no such topic in the programme."))
    session.topic, session.topic_key = topic, topic.translation_key
    session.programme_key = topic.get_parent().translation_key


def schedule(school, *, topic_key, by=None, **fields):
    session = Session(school=school, created_by=by, **fields)
    _apply_topic(session, topic_key)
    session.save()
    return session


def update(session, *, topic_key, now=None, **fields):
    """Edit a session. More seats move people up from the waiting list
    (fewer never take a seat away); a new time lets the reminders go again;
    a new time, place, link or format is written to everyone registered or
    waiting, with the event for their calendars."""
    now = now or timezone.now()
    with transaction.atomic():
        current = Session.objects.select_for_update().get(pk=session.pk)
        if current.is_cancelled:
            raise AcademyError(_("A cancelled session cannot be changed."))
        if str(current.topic_key) != str(topic_key):
            _apply_topic(current, topic_key)
        changed = {name for name, value in fields.items() if getattr(current, name) != value}
        for name, value in fields.items():
            setattr(current, name, value)
        calendar_changed = bool(changed & set(CALENDAR_FIELDS))
        if calendar_changed:
            current.sequence += 1
        current.save()
        if "starts_at" in changed:
            current.registrations.update(reminder_24h_sent_at=None, reminder_1h_sent_at=None)
        fill_seats(current)
        if calendar_changed and current.ends_at > now:
            for registration_id in (
                current.registrations.filter(status__in=Registration.ACTIVE)
                .exclude(email="")
                .values_list("pk", flat=True)
            ):
                notify_change(registration_id, current.sequence)
    return current


def cancel_session(session, now=None):
    """Cancel and tell everyone registered or waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        if session.is_cancelled:
            return session
        session.status, session.cancelled_at = Session.Status.CANCELLED, now
        session.sequence += 1
        session.save(update_fields=["status", "cancelled_at", "sequence"])
        for registration_id in (
            session.registrations.filter(status__in=Registration.ACTIVE)
            .exclude(email="")  # walk-ins added without an e-mail
            .values_list("pk", flat=True)
        ):
            notify(registration_id, "cancelled")
    return session


def attach_recording(session, url):
    Session.objects.filter(pk=session.pk).update(recording_url=url)
    session.recording_url = url
    return session
