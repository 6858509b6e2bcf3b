"""Closing an account: asked for with the password, carried out after a
cooling-off period (``PRIVACY_CLOSING_DAYS``) by a beat task.

Closing keeps what a certificate's verification needs in the certificate
register (number, name as printed, course, hours, dates) and what reports
count without naming anyone (enrolments, hours, marks, the school); it
removes the rest: the name and e-mail from the account and from
registrations, free text (reflections, attempt answers, practical tasks),
the person's exports and copies of their data, their sign-in addresses.
The account can no longer sign in. Consents stay, without the e-mail, as
the record of what was agreed; the optional ones are withdrawn."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import AccountClosure, Consent, DataExport, delete_with_files


def cooling_off():
    return timedelta(days=settings.PRIVACY_CLOSING_DAYS)


def ask(user, now=None):
    """Schedule the closing and tell the person by e-mail how to stop it."""
    now = now or timezone.now()
    closure, _created = AccountClosure.objects.update_or_create(
        user=user, defaults={"due_at": now + cooling_off(), "closed_at": None}
    )
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        EmailMessage(
            subject=_("Your Bilim account will be closed"),
            body=render_to_string(
                "privacy/email/closing.txt",
                {"closure": closure, "site": settings.SITE_URL.rstrip("/")},
            ),
            to=[user.email],
        ).send()
    return closure


def keep(user):
    """The person changed their mind during the cooling-off period."""
    return AccountClosure.objects.filter(user=user, closed_at__isnull=True).delete()[0] > 0


def pending(user):
    return AccountClosure.objects.filter(user=user, closed_at__isnull=True).first()


@transaction.atomic
def close(user, now=None):
    from allauth.account.models import EmailAddress

    from academy.models import Registration
    from courses.models import Attempt, PracticalSubmission, ReflectionAnswer
    from exports.models import ExportJob

    now = now or timezone.now()
    email = user.email
    enrolments = user.enrolments.all()
    ReflectionAnswer.objects.filter(enrolment__in=enrolments).delete()
    Attempt.objects.filter(enrolment__in=enrolments).update(answers={})
    PracticalSubmission.objects.filter(enrolment__in=enrolments).update(
        text="", fingerprint="", comment=""
    )
    registrations = Registration.objects.filter(Q(user=user) | Q(email__iexact=email))
    _give_up_seats(registrations, now)
    registrations.update(name="", email="", user=None)
    given = Consent.objects.filter(Q(user=user) | Q(email__iexact=email))
    optional = given.exclude(purpose=Consent.Purpose.PROCESSING)
    optional.filter(withdrawn_at__isnull=True).update(withdrawn_at=now)
    given.update(email="")
    delete_with_files(DataExport.objects.filter(Q(user=user) | Q(email__iexact=email)))
    delete_with_files(ExportJob.objects.filter(user=user))
    EmailAddress.objects.filter(user=user).delete()
    user.email = f"closed-{user.pk}@closed.invalid"
    user.first_name = user.last_name = user.patronymic = ""
    user.is_active = False
    user.set_unusable_password()  # also ends every session of the account
    user.save()
    AccountClosure.objects.update_or_create(user=user, defaults={"due_at": now, "closed_at": now})


def close_due(now=None):
    now = now or timezone.now()
    closed = 0
    for closure in AccountClosure.objects.filter(closed_at__isnull=True, due_at__lte=now):
        close(closure.user, now=now)
        closed += 1
    return closed


@transaction.atomic
def forget_guest(email, now=None):
    """A guest's registrations deleted through their manage link: future
    seats are given up first, then the rows go with their marks and the
    consents and copies tied to the e-mail. Certificates stay in the register."""
    from academy.models import Registration

    now = now or timezone.now()
    registrations = Registration.objects.filter(email__iexact=email, user__isnull=True)
    _give_up_seats(registrations, now)
    deleted = registrations.count()
    registrations.delete()
    Consent.objects.filter(email__iexact=email, user__isnull=True).delete()
    delete_with_files(DataExport.objects.filter(email__iexact=email, user__isnull=True))
    from messaging.contacts import forget_guest as forget_channels

    forget_channels(email)
    return deleted


def _give_up_seats(registrations, now):
    """Cancel the active registrations of sessions still to come, so each
    seat goes to the next person on the waiting list."""
    from academy.models import Registration
    from academy.services import cancel_registration

    for registration in registrations.filter(
        status__in=Registration.ACTIVE, session__starts_at__gt=now
    ):
        cancel_registration(registration, now=now)
