"""Recording consents and asking whether a person's is current."""

from django.utils.translation import get_language

from .models import Consent
from .notice import current_version

SESSION_KEY = "privacy_version"


def record(request, *, user=None, email="", registration=None):
    """The consent to processing given on a form just now, to the current
    notice; remembered in the session so the person is not asked again."""
    version = current_version(request)
    consent = Consent.objects.create(
        user=user,
        email="" if user else email,
        registration=registration,
        purpose=Consent.Purpose.PROCESSING,
        version=version,
        language=(get_language() or "kk")[:2],
    )
    if user is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = version
    return consent


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
