"""Academic hours in words, with the plural each language needs.

Hours are decimals. A whole number takes the plural form that the language's
rules give for it (Russian: 1 час, 2 часа, 5 часов, 21 час); a fraction
takes the form languages use for fractions (Russian: 2,5 часа).
"""

from decimal import Decimal

from django.template.defaultfilters import floatformat
from django.utils.translation import ngettext, pgettext


def hours_number(hours):
    """The number alone, as many decimals as it has (2.5, not 2.50 or 2.5E+0),
    in the active language's way (2,5)."""
    value = Decimal(hours or 0).normalize()
    return floatformat(value, max(0, -value.as_tuple().exponent))


def academic_hours(hours):
    value = Decimal(hours or 0).normalize()
    text = hours_number(value)
    if value == value.to_integral_value():
        return ngettext("%(hours)s academic hour", "%(hours)s academic hours", int(value)) % {
            "hours": text
        }
    return pgettext("a fractional number", "%(hours)s academic hours") % {"hours": text}


def short_hours(hours):
    """Hours in a list or a table, where space is short: "2,5 сағ.", "2,5 ч"."""
    return pgettext("academic hours, abbreviated", "%(hours)s h") % {"hours": hours_number(hours)}
