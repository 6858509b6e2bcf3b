"""Validation of people's names.

Names are printed on certificates and shown to staff, so they accept letters
of any alphabet (Kazakh Cyrillic included), spaces, hyphens, apostrophes and
dots, and nothing that could be markup.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NAME_PATTERN = re.compile(r"^[^\W\d_]+(?:[ '’.\-][^\W\d_]+)*\.?$")


def validate_person_name(value):
    if value and not NAME_PATTERN.match(value.strip()):
        raise ValidationError(
            _("Use letters only, with spaces, hyphens or apostrophes between words."),
            code="invalid_name",
        )
