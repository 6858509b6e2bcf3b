"""Finding a certificate from what a person types: its number and the holder's surname.

People copy the number from paper, often on a Latin keyboard ("PK-2026-000001"
for «ПК-2026-000001»), in either case and with spaces around; the surname the
same way. Both what is typed and what is stored go through ``lookup_key``, so
such spellings find the genuine certificate, while the digits must still match.
"""

import re

from .models import Certificate, NumberCounter

# Latin letters typed for the Cyrillic ones printed on certificates: those that
# look alike, and P for П, since «ПК» is spelt "PK" in Latin letters. Cyrillic
# Р, which P resembles, shares П's key, so "PK" also finds a series «РК-».
_LOOKALIKES = str.maketrans("ABCEHIKMOPTXYР", "АВСЕНІКМОПТХУП")

# Verification codes are secrets.token_urlsafe (see models.issued.new_code).
_CODE = re.compile(r"[A-Za-z0-9_-]{1,40}")


def lookup_key(text):
    """The form in which two spellings of one number or surname compare equal.

    Spaces around are dropped and spaces inside become one; letters become
    capitals; Latin letters that stand for Cyrillic ones become those (see
    ``_LOOKALIKES``). "пк-2026-000001", "PK-2026-000001" and " ПК-2026-000001 "
    all give "ПК-2026-000001".
    """
    return " ".join(text.split()).upper().translate(_LOOKALIKES)


def find(number, surname):
    """The certificate numbered ``number`` whose holder's surname is ``surname``
    (its newest version with that surname, whatever its status), or None.

    The number is matched through the index: the series in use (a few counter
    rows) tell how the typed number is written in the database.
    """
    key = lookup_key(number)
    if not key:
        return None
    numbers = {number.strip(), key}
    for series in NumberCounter.objects.values_list("series", flat=True).distinct():
        series_key = lookup_key(series)
        if series_key and key.startswith(series_key):
            numbers.add(series + key[len(series_key) :])
    wanted = lookup_key(surname)
    candidates = (
        Certificate.objects.select_related("template")
        .filter(number__in=numbers)
        .order_by("-version")
    )
    return next((c for c in candidates if lookup_key(c.surname) == wanted), None)


def by_code(code):
    """The certificate with verification code ``code``, or None, for any text
    a visitor may put in the address (quotes, NUL bytes, thousands of characters)."""
    if not _CODE.fullmatch(code):
        return None
    return Certificate.objects.select_related("template").filter(code=code).first()
