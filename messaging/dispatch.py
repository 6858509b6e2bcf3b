"""Which message goes where: one row of the delivery log per message.

E-mail letters go as they always did (``academy.tasks``, the certificate's
letter): they are the record, with the calendar file and the signed links.
Besides them, each message goes to the person's first preferred channel
that has a live address and their consent (``people.chosen_channel``).

A row's ``dedupe_key`` names the message ("reminder_24h:registration:12:s3:
telegram"): two beats or two tasks that mean the same message find the row
the first one made. A row made in quiet hours is held until they end.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from lms import enqueue

from . import people, quiet, relevance, texts
from .models import Delivery

REGISTRATION_KINDS = (
    "confirmed",
    "waitlisted",
    "moved_up",
    "changed",
    "cancelled",
    "reminder_24h",
    "reminder_1h",
)


def notify(kind, *, registration_id=None, certificate_id=None):
    """Queue the message of ``kind`` once the transaction commits."""
    from . import tasks

    if certificate_id is not None:
        enqueue.on_commit(tasks.queue_certificate_message, certificate_id)
    else:
        enqueue.on_commit(tasks.queue_registration_message, registration_id, kind)


def registration_key(kind, registration, channel):
    sequence = f":s{registration.session.sequence}" if kind in relevance.SEQUENCED else ""
    return f"{kind}:registration:{registration.pk}{sequence}:{channel}"


def for_registration(registration_id, kind, now=None):
    """The delivery of ``kind`` about a registration, made (or found) now;
    None when the person has no channel besides e-mail, or it no longer applies."""
    from academy import emails
    from academy.models import Registration

    if kind not in REGISTRATION_KINDS:
        raise ValueError(kind)
    now = now or timezone.now()
    registration = (
        Registration.objects.filter(relevance.registration_condition(kind, now), pk=registration_id)
        .select_related("session__school", "user")
        .first()
    )
    if registration is None:
        return None
    person = people.for_registration(registration)
    channel, contact = people.chosen_channel(person)
    if channel is None:
        return None
    language = registration.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = emails.letter_context(registration)
        if not registration.is_confirmed:  # no way in for someone still waiting, as in the letters
            context["join_url"] = ""
        text = texts.compose(kind, context, channel)
    return record(
        registration_key(kind, registration, channel),
        person,
        channel,
        contact,
        kind,
        text,
        language,
        now,
        registration=registration,
        sequence=registration.session.sequence,
    )


def for_certificate(certificate_id, now=None):
    """ "Your certificate is ready": a parent's academy certificate or a
    teacher's course certificate alike."""
    from certificates.models import Certificate

    now = now or timezone.now()
    certificate = (
        Certificate.objects.select_related("holder")
        .filter(pk=certificate_id, status=Certificate.Status.VALID)
        .first()
    )
    if certificate is None:
        return None
    person = people.for_certificate(certificate)
    channel, contact = people.chosen_channel(person)
    if channel is None:
        return None
    language = certificate.language or settings.LANGUAGE_CODE
    with translation.override(language):
        text = texts.compose("certificate_ready", certificate_context(certificate), channel)
    return record(
        f"certificate_ready:certificate:{certificate.pk}:{channel}",
        person,
        channel,
        contact,
        "certificate_ready",
        text,
        language,
        now,
        certificate=certificate,
    )


def certificate_context(certificate):
    from certificates import pdf

    return {
        "title": certificate.text().get("course", ""),
        "certificate_url": pdf.verification_url(certificate),
    }


def record(key, person, channel, contact, kind, text, language, now, **about):
    """The row for ``key``: made queued (or held in quiet hours) and its
    sending task queued after the commit; or the one already there."""
    from . import tasks

    held = quiet.is_quiet(now)
    with transaction.atomic():
        delivery, created = Delivery.objects.get_or_create(
            dedupe_key=key,
            defaults={
                **person.owner(),
                **about,
                "channel": channel,
                "contact": contact,
                "kind": kind,
                "text": text,
                "language": language[:8],
                "status": Delivery.Status.HELD if held else Delivery.Status.QUEUED,
                "not_before": quiet.open_at(now) if held else None,
            },
        )
        if created and not held:
            enqueue.on_commit(tasks.sender(channel), delivery.pk)
    return delivery
