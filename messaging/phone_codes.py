"""One-time codes that prove a phone number before any SMS goes to it.

Whoever types a number on My academy could type someone else's, so a number
becomes a live contact only when the code sent to it comes back
(``contacts.confirm_phone``). A code is six digits, sent by the SMS provider
directly: it is no message of the delivery log, as it must go at once (in
quiet hours too: the person is waiting for it) and its text must not be kept.

Only an HMAC of the code is stored, keyed by SECRET_KEY and a salt of its
own row: a million six-digit codes hashed plainly would be tried in a second
by whoever read the table. A code lives ``PHONE_CODE_TTL_MINUTES`` and takes
``PHONE_CODE_ATTEMPTS`` tries; at most ``PHONE_CODE_SENDS_PER_HOUR`` codes go
in an hour to one person and to one number, which bounds both what a script
can spend of the SMS budget and how many guesses it gets. Two first requests
of one person at the very same moment may both pass the count (no row to lock
yet): one code more, never an unbounded number.
"""

import math
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext_lazy

from .errors import Permanent, Transient
from .models import PhoneCheck

DIGITS = 6
WINDOW = timedelta(hours=1)
# A code asked for and not given stays on the page this long; the code itself expires sooner.
SHOWN_FOR = timedelta(days=1)
Outcome = PhoneCheck.Outcome

# Translators: the SMS with the code that proves a number: one part, 70 characters at most.
TEXT = pgettext_lazy("sms", "Bilim: code %(code)s. Do not tell it to anyone.")


class CodeError(ValueError):
    """Why a code was not sent or not accepted, in the active language."""


def digest(salt, code):
    return salted_hmac("messaging.phone_codes", f"{salt}:{code}", algorithm="sha256").hexdigest()


def text(code, language):
    with translation.override(language):
        return str(TEXT) % {"code": code}


def pending(person, now=None):
    """The person's open check of the last day (newest), or None: what the
    section asks the code for, expired or not."""
    now = now or timezone.now()
    return _open(person, now).order_by("-created_at", "-pk").first()


def _open(person, now):
    return PhoneCheck.objects.filter(
        person.rows, closed_at__isnull=True, created_at__gt=now - SHOWN_FOR
    )


def _close(rows, outcome, now):
    return rows.filter(closed_at__isnull=True).update(closed_at=now, outcome=outcome)


def _wait(rows, now):
    """Whole minutes until the oldest code of the last hour leaves the count."""
    oldest = rows.order_by("created_at").values_list("created_at", flat=True).first()
    return max(1, math.ceil((oldest + WINDOW - now).total_seconds() / 60))


def _limit(person, phone, now):
    """A ``CodeError`` if the hour's codes to the person or to the number are used up."""
    recent = PhoneCheck.objects.filter(created_at__gt=now - WINDOW)
    allowed = settings.PHONE_CODE_SENDS_PER_HOUR
    for rows in (recent.filter(person.rows), recent.filter(phone=phone)):
        if len(rows.select_for_update()) >= allowed:
            minutes = _wait(rows, now)
            raise CodeError(
                ngettext(
                    "We have sent as many codes as we can in an hour. "
                    "Try again in %(minutes)s minute.",
                    "We have sent as many codes as we can in an hour. "
                    "Try again in %(minutes)s minutes.",
                    minutes,
                )
                % {"minutes": minutes}
            )


def send(person, phone, language, now=None):
    """A new code to ``phone`` (``+7XXXXXXXXXX``) for ``person``, by SMS now;
    the person's earlier open code stops counting. The check, or a
    ``CodeError`` when the hour's codes are used up or the SMS did not go."""
    from . import sms

    now = now or timezone.now()
    code = f"{secrets.randbelow(10**DIGITS):0{DIGITS}d}"
    salt = secrets.token_hex(16)
    with transaction.atomic():
        _limit(person, phone, now)
        _close(_open(person, now), Outcome.REPLACED, now)
        check = PhoneCheck.objects.create(
            **person.owner(),
            phone=phone,
            language=(language or settings.LANGUAGE_CODE)[:8],
            salt=salt,
            code_hash=digest(salt, code),
            created_at=now,
            expires_at=now + timedelta(minutes=settings.PHONE_CODE_TTL_MINUTES),
        )
    # After the commit: the count holds the row even if the gateway is slow.
    try:
        sms.provider().send(phone, text(code, check.language))
    except (Transient, Permanent) as error:
        _close(PhoneCheck.objects.filter(pk=check.pk), Outcome.NOT_SENT, now)
        raise CodeError(
            _("We could not send an SMS to this number just now. Check it or try again later.")
        ) from error
    return check


def resend(person, now=None):
    """The open check's number gets a new code (the old one no longer works)."""
    now = now or timezone.now()
    check = pending(person, now)
    if check is None:
        raise CodeError(_("There is no number waiting for a code. Enter your number again."))
    return send(person, check.phone, check.language, now)


def _refusal(check, now):
    if check is None:
        return _("There is no number waiting for a code. Enter your number again.")
    if check.expires_at <= now:
        return _("This code has expired. Press “Send the code again” for a new one.")
    if check.attempts >= settings.PHONE_CODE_ATTEMPTS:
        return _("Too many wrong tries. Press “Send the code again” for a new code.")
    return ""


def prove(person, code, now=None):
    """The person's open check, closed as proved, when ``code`` is its code;
    else a ``CodeError`` (a wrong try is counted and kept: call it outside a
    transaction that the error would roll back)."""
    now = now or timezone.now()
    with transaction.atomic():
        check = _open(person, now).select_for_update().order_by("-created_at", "-pk").first()
        refusal = _refusal(check, now)
        if not refusal:
            check.attempts += 1
            if constant_time_compare(check.code_hash, digest(check.salt, code)):
                check.closed_at, check.outcome = now, Outcome.PROVED
            else:
                left = settings.PHONE_CODE_ATTEMPTS - check.attempts
                refusal = wrong(left)
            check.save(update_fields=["attempts", "closed_at", "outcome"])
    if refusal:
        raise CodeError(refusal)
    return check


def wrong(left):
    if left <= 0:
        return _("This code is not right. Press “Send the code again” for a new code.")
    return ngettext(
        "This code is not right. Check the SMS: %(left)s try left.",
        "This code is not right. Check the SMS: %(left)s tries left.",
        left,
    ) % {"left": left}
