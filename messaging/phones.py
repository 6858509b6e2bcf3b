"""Kazakhstan mobile numbers as parents type them, and as we show and log them.

Stored and sent in one form, ``+7XXXXXXXXXX``, so that one person's number is
one string and the gateway never has to guess (SMSC.kz corrects a number sent
without ``+`` by its own rules). ``phonenumbers`` is not installed, so the
rule is Kazakhstan's numbering plan, small enough to keep here: ten national
digits after +7 (dialled at home as 8 or 7 before them, or without either);
mobile networks have the codes 70x and 77x (Kcell, Beeline, Tele2, Altel and
Activ, 747 too for Tele2); 71x-72x are landlines in the regions and cities,
75x-76x other services, which an SMS cannot reach. Russian numbers share +7
but use 3xx-9xx, so they are refused too: the reminders are for Kazakhstan.
"""

import re

from django.utils.translation import gettext as _

SEPARATORS = re.compile(r"[\s\-().\u00a0\u2010-\u2015]")
MOBILE = re.compile(r"7(?:0\d|47|7\d)\d{7}")


def normalise(text):
    """``+7XXXXXXXXXX`` for a Kazakhstan mobile number, or ``ValueError`` with a
    message to show beside the field, in the active language."""
    raw = SEPARATORS.sub("", str(text or ""))
    if raw.startswith("+"):
        digits = raw[2:] if raw.startswith("+7") else ""
    elif len(raw) == 11 and raw[0] in "78":
        digits = raw[1:]
    else:
        digits = raw
    if not re.fullmatch(r"[0-9]{10}", digits):
        raise ValueError(_("Enter a mobile number with 10 digits after +7, e.g. +7 701 234 56 67."))
    if not MOBILE.fullmatch(digits):
        raise ValueError(
            _("This is not a Kazakhstan mobile number: those start with +7 70 or +7 77.")
        )
    return "+7" + digits


def mask(phone):
    """``+7 701 *** ** 67``: enough to tell two numbers apart in a list or a log
    line, not enough to call. Never raises: anything else keeps its last two digits."""
    try:
        digits = normalise(phone)[2:]
    except ValueError:
        tail = re.sub(r"[^0-9]", "", str(phone or ""))[-2:]
        return "***" + tail
    return f"+7 {digits[:3]} *** ** {digits[-2:]}"
