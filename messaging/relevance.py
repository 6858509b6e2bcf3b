"""Whether a message is still true: checked when its row is made and again
just before it goes (a confirmation held overnight is not sent to someone
who cancelled at seven; a reminder for a session that moved is not sent)."""

from django.db.models import Q

SEQUENCED = ("changed", "reminder_24h", "reminder_1h")


def registration_condition(kind, now):
    from academy.models import Registration, Session
    from academy.tasks import still_due

    if kind == "changed":
        return Q(status__in=Registration.ACTIVE, session__status=Session.Status.SCHEDULED)
    return still_due(kind, now)


def applies(delivery, now):
    from academy.models import Registration
    from certificates.models import Certificate

    if delivery.registration_id:
        rows = Registration.objects.filter(
            registration_condition(delivery.kind, now), pk=delivery.registration_id
        )
        if delivery.kind in SEQUENCED:
            rows = rows.filter(session__sequence=delivery.sequence)
        return rows.exists()
    if delivery.certificate_id:
        return Certificate.objects.filter(
            pk=delivery.certificate_id, status=Certificate.Status.VALID
        ).exists()
    return True
