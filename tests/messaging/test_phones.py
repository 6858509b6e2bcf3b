"""Kazakhstan mobile numbers as parents type them, one stored form, and a
mask for lists and logs."""

import pytest
from django.utils import translation

from messaging import phones


@pytest.mark.parametrize(
    "typed",
    [
        "+77012345667",
        "+7 701 234 56 67",
        "+7 (701) 234-56-67",
        "8 701 234 56 67",
        "8(701)2345667",
        "87012345667",
        "77012345667",
        "7012345667",
        "701-234-56-67",
        " +7 701 234 56 67 ",
        "+7\u00a0701\u00a0234\u00a056\u00a067",  # no-break spaces, as pasted from a page
        "8.701.234.56.67",
    ],
)
def test_typed_forms_become_one(typed):
    assert phones.normalise(typed) == "+77012345667"


@pytest.mark.parametrize(
    "number", ["+77001234567", "+77081234567", "+77471234567", "+77711234567", "+77781234567"]
)
def test_the_mobile_codes_are_accepted(number):
    assert phones.normalise(number) == number


@pytest.mark.parametrize(
    "typed",
    [
        "+7 727 123 45 67",  # an Almaty landline
        "8 7172 12 34 56",  # an Astana landline
        "+7 750 123 45 67",  # not a mobile network
        "+7 916 123 45 67",  # a Russian mobile
        "8 800 080 76 72",  # a free-call number
    ],
)
def test_numbers_an_sms_cannot_reach_are_refused(typed):
    with translation.override("en"), pytest.raises(ValueError, match="not a Kazakhstan mobile"):
        phones.normalise(typed)


@pytest.mark.parametrize(
    "typed",
    ["", None, "701 234 56", "+7 701 234 56 678", "+8 701 234 56 67", "+1 701 234 5667", "call me"],
)
def test_what_is_not_a_number_is_refused(typed):
    with translation.override("en"), pytest.raises(ValueError, match="10 digits after"):
        phones.normalise(typed)


def test_the_messages_read_in_the_persons_language():
    with translation.override("kk"), pytest.raises(ValueError, match="ұялы байланыс"):
        phones.normalise("+7 727 123 45 67")
    with translation.override("ru"), pytest.raises(ValueError, match="10 цифр после"):
        phones.normalise("12345")


def test_mask_hides_the_middle():
    assert phones.mask("+77012345667") == "+7 701 *** ** 67"
    assert phones.mask("8 701 234 56 67") == "+7 701 *** ** 67"


def test_mask_never_raises():
    assert phones.mask("+7 727 123 45 67") == "***67"
    assert phones.mask("") == "***"
    assert phones.mask(None) == "***"
