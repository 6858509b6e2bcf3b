"""Validation of people's names.

Names are printed on certificates, shown to staff on the register and sent
in letters, so they accept letters of any alphabet (Kazakh Cyrillic
included), spaces, hyphens, apostrophes and dots, and nothing else: no
markup (``<``, ``>``), no digits, no control characters (NUL) and no
invisible format characters such as the right-to-left override U+202E,
which would make "U+202E evil U+202C Parent" read "live Parent" on the
register. The same validator serves sign-up, guest registration for the
Parents' Academy and the coordinator's walk-ins.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NAME_PATTERN = re.compile(r"[^\W\d_]+(?:[ '’.\-][^\W\d_]+)*\.?")


def validate_person_name(value):
    # NFC first: a letter typed as base letter + combining mark (й as и + ̆) is
    # one letter. Repeated spaces are tidied by the forms, not refused.
    name = re.sub(" {2,}", " ", unicodedata.normalize("NFC", value.strip()))
    if value and not NAME_PATTERN.fullmatch(name):
        raise ValidationError(
            _("Use letters only, with spaces, hyphens or apostrophes between words."),
            code="invalid_name",
        )
