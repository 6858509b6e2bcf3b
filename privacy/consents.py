"""Recording consents and asking whether a person's is current.

Processing (``record``) is the consent without which nobody takes part.
The optional purposes (``OPTIONAL``) are separate: given with a box of
their own or on "My data", withdrawn there, and asked about with
``allows`` by whoever would act on them (the reminders of issue #18).
"""

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Consent
from .notice import current_version

SESSION_KEY = "privacy_version"

# What each optional purpose means, as "My data" explains it.
OPTIONAL = {
    Consent.Purpose.REMINDERS: _(
        "Reminders of your sessions and courses by SMS and in messengers such as "
        "Telegram, besides e-mail."
    ),
    Consent.Purpose.TELEGRAM: _(
        "Confirmations, reminders and notices of your sessions and certificates in "
        "Telegram, from the platform's bot, to the chat you linked."
    ),
    Consent.Purpose.SMS: _(
        "Confirmations, reminders and notices of your sessions and certificates by SMS, "
        "to the phone number you gave."
    ),
}


def _create(request, purpose, user=None, email="", registration=None):
    return Consent.objects.create(
        user=user,
        email="" if user else email.lower(),
        registration=registration,
        purpose=purpose,
        version=current_version(request),
        language=(get_language() or "kk")[:2],
    )


def record(request, *, user=None, email="", registration=None):
    """The consent to processing given on a form just now, to the current
    notice; remembered in the session so the person is not asked again."""
    consent = _create(request, Consent.Purpose.PROCESSING, user, email, registration)
    if user is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = consent.version
    return consent


def _standing(purpose, user=None, email=""):
    """The person's consents to ``purpose`` not withdrawn: an account's by
    the account, a guest's by the e-mail they registered with."""
    if user is not None:
        rows = Consent.objects.filter(user=user)
    elif email:
        rows = Consent.objects.filter(user__isnull=True, email__iexact=email)
    else:
        return Consent.objects.none()
    return rows.filter(purpose=purpose, withdrawn_at__isnull=True)


def allows(purpose, user=None, email=""):
    """True when the account ``user``, or else the guest known by ``email``,
    has a standing consent to the optional ``purpose``."""
    return _standing(purpose, user, email).exists()


def give(request, purpose, *, user=None, email="", registration=None):
    """Consent to an optional purpose, to the current notice; a consent
    already standing is kept as it is (a second tick changes nothing)."""
    if purpose not in OPTIONAL:
        raise ValueError(f"{purpose!r} is not an optional purpose")
    standing = _standing(purpose, user, email).order_by("-given_at").first()
    return standing or _create(request, purpose, user, email, registration)


# Withdrawing the general consent to reminders beyond e-mail withdraws each
# channel's too: the person said "no more messages" and means every channel.
WITHDRAWN_WITH = {
    Consent.Purpose.REMINDERS: (Consent.Purpose.TELEGRAM, Consent.Purpose.SMS),
}


def withdraw(purpose, *, user=None, email=""):
    """Mark the standing consents to an optional purpose withdrawn now; the
    rows stay as the record of what was agreed and when. An account also
    withdraws what its (confirmed) e-mail gave as a guest: the same person,
    and withdrawing can only protect them. Returns how many rows."""
    if purpose not in OPTIONAL:
        raise ValueError(f"{purpose!r} is not an optional purpose")
    count = 0
    for each in (purpose, *WITHDRAWN_WITH.get(purpose, ())):
        rows = _standing(each, user, email)
        if user is not None and user.email:
            rows = rows | _standing(each, email=user.email)
        count += rows.update(withdrawn_at=timezone.now())
    return count


def choices(user=None, email=""):
    """Each optional purpose with the consent standing for it, or None:
    what "Your choices" shows."""
    return [
        {
            "purpose": purpose.value,
            "label": purpose.label,
            "description": description,
            "given": _standing(purpose, user, email).order_by("-given_at").first(),
        }
        for purpose, description in OPTIONAL.items()
    ]


def agreed_version(user):
    """The highest notice version ``user`` has agreed to processing under, or 0."""
    consent = (
        Consent.objects.filter(
            user=user, purpose=Consent.Purpose.PROCESSING, withdrawn_at__isnull=True
        )
        .order_by("-version")
        .values_list("version", flat=True)
        .first()
    )
    return consent or 0


def needs_to_agree(request):
    """True when a signed-in person has not agreed to the live notice.

    The answer is kept in the session: a page costs one cache read, and a
    database read only the first time after sign-in or a new version."""
    version = current_version(request)
    if not version or request.session.get(SESSION_KEY, 0) >= version:
        return False
    agreed = agreed_version(request.user)
    if agreed >= version:
        request.session[SESSION_KEY] = agreed
        return False
    return True
