"""Stable codes for districts that arrive without one.

School lists name a district only by its Kazakh name, yet the directory wants
a slug that survives re-imports and reads well in URLs and exports. The code
is made from the region and a Latin spelling of the name, plus a short hash of
the exact name: two names that spell the same in Latin ("Ақсу", "Аксу") or
that are cut short at the length limit still get different codes, and the same
name always gets the same code.
"""

import hashlib

CODE_MAX_LENGTH = 64
HASH_LENGTH = 8

# Kazakh Cyrillic (a superset of Russian) to plain ASCII, close to the
# official Latin spelling but without diacritics, since codes are slugs.
_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d",
    "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
    "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u",
    "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip


def latin_slug(text):
    """Lower-case ASCII words joined by hyphens: "Бұқар жырау" → "bukar-zhyrau"."""
    spelled = "".join(_LATIN.get(char, char) for char in text.lower())
    words = "".join(char if char.isascii() and char.isalnum() else " " for char in spelled)
    return "-".join(words.split())


def district_code(region_code, name_kk):
    """The code for the district ``name_kk`` in the region ``region_code``."""
    digest = hashlib.sha256(f"{region_code}\n{name_kk}".encode()).hexdigest()[:HASH_LENGTH]
    stem = f"{region_code}-{latin_slug(name_kk)}".strip("-")
    stem = stem[: CODE_MAX_LENGTH - HASH_LENGTH - 1].rstrip("-")
    return f"{stem}-{digest}"
