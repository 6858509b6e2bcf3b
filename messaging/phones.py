"""placeholder, replaced by wt-sms: Kazakhstan's phone numbers.

``normalise(text)`` gives "+7XXXXXXXXXX" or raises ValueError with a message
for the person; ``mask(phone)`` hides all but the last digits.
"""

import re

from django.utils.translation import gettext as _


def normalise(text):
    digits = re.sub(r"[\s()\-.]", "", str(text or ""))
    if digits.startswith("8") and len(digits) == 11:
        digits = "+7" + digits[1:]
    elif digits.startswith("7") and len(digits) == 11:
        digits = "+" + digits
    if not re.fullmatch(r"\+7\d{10}", digits):
        raise ValueError(_("Enter a Kazakhstan mobile number, for example +7 701 234 56 78."))
    return digits


def mask(phone):
    return phone[:2] + "•" * max(0, len(phone) - 6) + phone[-4:] if phone else ""
