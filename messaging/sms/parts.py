"""How many SMS parts a text costs, as the network counts them (3GPP TS 23.038).

A text that uses only the GSM 7-bit default alphabet (and its extension
table, whose characters take an escape plus the character: two septets) goes
as GSM-7: 160 septets in a single part, 153 in each part of a concatenated
message (the user data header takes the rest). Any other character, every
Cyrillic and Kazakh letter among them, turns the whole message into UCS-2:
70 UTF-16 code units in a single part, 67 per part when concatenated. A
character that needs two units or two septets is never split between parts,
so parts are filled as a phone fills them, not by dividing the total.

The national language shift tables of TS 23.038 (Turkish, Portuguese, the
Indian scripts) are not counted: none covers Kazakh or Russian, and the
gateways our schools use send Cyrillic as UCS-2.
"""

GSM7 = "GSM-7"
UCS2 = "UCS-2"

# The default alphabet, in code order 0x00-0x7F, without 0x1B (the escape to the extension table).
BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
) - {"\x1b"}
# The extension table: each costs the escape and itself.
EXTENSION = frozenset("\f^{}\\[~]|€")

# (units in a single part, units per part of a concatenated message)
LIMITS = {GSM7: (160, 153), UCS2: (70, 67)}


def encoding(text):
    """``"GSM-7"`` when every character is in the GSM alphabet, else ``"UCS-2"``."""
    return GSM7 if all(char in BASIC or char in EXTENSION for char in text) else UCS2


def _sizes(text, scheme):
    """Each character's size in the scheme's units (septets or UTF-16 code units)."""
    if scheme == GSM7:
        return [2 if char in EXTENSION else 1 for char in text]
    return [2 if ord(char) > 0xFFFF else 1 for char in text]


def count(text):
    """Parts the text is sent in; 1 for the empty text, as gateways charge it."""
    scheme = encoding(text)
    single, per_part = LIMITS[scheme]
    sizes = _sizes(text, scheme)
    if sum(sizes) <= single:
        return 1
    parts, filled = 1, 0
    for size in sizes:
        if filled + size > per_part:  # never split an escape pair or a surrogate pair
            parts, filled = parts + 1, 0
        filled += size
    return parts
