"""SMS parts counted as 3GPP TS 23.038 and the phone count them: what a
parent's message costs, and whether it arrives as one."""

import pytest

from messaging.sms import parts


@pytest.mark.parametrize(
    ("text", "scheme"),
    [
        ("", "GSM-7"),
        ("Reminder: 07.12, 14:30 @ School No. 45 (£5, 100%)", "GSM-7"),
        ("Extension table: € [x] {y} ~ | ^ \\ and a form feed \f", "GSM-7"),
        ("ÄÖÑÜäöñüàèéùìòÇØøÅåÆæßÉ¿¡§¤ΔΦΓΛΩΠΨΣΘΞ", "GSM-7"),
        ("Сәлем", "UCS-2"),
        ("Привет", "UCS-2"),
        ("ғқңөұүһі", "UCS-2"),
        ("a backtick `", "UCS-2"),  # not in the GSM alphabet
        ("small c cedilla ç", "UCS-2"),  # the alphabet has the capital only
        ("«quotes»", "UCS-2"),
        ("an ellipsis…", "UCS-2"),
        ("an en dash –", "UCS-2"),
        ("😀", "UCS-2"),
    ],
)
def test_encoding(text, scheme):
    assert parts.encoding(text) == scheme


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 1),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # 160 septets: escape and character each
        ("€" * 81, 2),
        ("a" * 159 + "€", 2),  # 161 septets
        ("ж" * 70, 1),
        ("ж" * 71, 2),
        ("ж" * 134, 2),
        ("ж" * 135, 3),
        ("a" * 69 + "ж", 1),  # one Cyrillic letter makes the whole text UCS-2
        ("a" * 70 + "ж", 2),
        ("ж" * 68 + "😀", 1),  # a surrogate pair: two UTF-16 units
        ("ж" * 69 + "😀", 2),
    ],
)
def test_count(text, expected):
    assert parts.count(text) == expected


def test_an_escape_pair_is_never_split_between_parts():
    # 306 septets would be two parts of 153, but the euro sign (escape and
    # character) starts at septet 153, so the first part ends one septet early.
    assert parts.count("a" * 152 + "€" + "a" * 152) == 3
    assert parts.count("a" * 151 + "€" + "a" * 153) == 2


def test_a_surrogate_pair_is_never_split_between_parts():
    # 134 units would be two parts of 67; the emoji at units 67-68 moves to the second.
    assert parts.count("ж" * 66 + "😀" + "ж" * 66) == 3
    assert parts.count("ж" * 65 + "😀" + "ж" * 67) == 2
