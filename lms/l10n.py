"""Percentages in the active language's way.

Django formats numbers and dates per language (``lms/formats`` adds Kazakh)
but has no percent style, so the pattern around the number is a
translation: 92,5% in Kazakh, 92,5 % in Russian (a no-break space, as CLDR
and Russian typography write it), 92.5% in English. Sentences take the
formatted percent as one placeholder, so no translation carries its own
``%%`` and no number is ever written as ``1E+2``.
"""

from decimal import Decimal, InvalidOperation

from django.template.defaultfilters import floatformat
from django.utils.translation import pgettext


def percent(value, places=2):
    """``Decimal("100.00")`` → "100%"; ``92.50`` → "92,5%" in Kazakh.

    Rounded to at most ``places`` decimals, and only as many as the value
    needs (92.5, not 92.50). Empty for no value or one that is not a number.
    """
    try:
        number = Decimal(str(value)).quantize(Decimal(1).scaleb(-int(places))).normalize()
    except (InvalidOperation, TypeError, ValueError):
        return ""
    if not number.is_finite():
        return ""
    text = floatformat(number, max(0, -number.as_tuple().exponent))
    return pgettext("a number in per cent", "%(number)s%%") % {"number": text}
