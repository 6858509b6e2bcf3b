"""Academic hours in words: the plural each language needs, fractions too."""

from decimal import Decimal

import pytest
from django.utils import translation

from courses.hours import academic_hours


@pytest.mark.parametrize(
    ("language", "hours", "words"),
    [
        ("ru", 1, "1 академический час"),
        ("ru", 2, "2 академических часа"),
        ("ru", 5, "5 академических часов"),
        ("ru", 21, "21 академический час"),
        ("ru", Decimal("80.00"), "80 академических часов"),
        ("ru", Decimal("2.5"), "2,5 академического часа"),
        ("kk", 2, "2 академиялық сағат"),
        ("kk", Decimal("0.5"), "0,5 академиялық сағат"),
        ("en", 1, "1 academic hour"),
        ("en", Decimal("2.50"), "2.5 academic hours"),
    ],
)
def test_academic_hours_in_words(language, hours, words):
    with translation.override(language):
        assert academic_hours(hours) == words
