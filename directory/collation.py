"""Sorting names the way a reader of Kazakh or Russian expects.

Databases and Python compare code points, which puts "Қ", "Ә", "Ү" and the
other Kazakh letters after "я", and "№ 12" before "№ 2". Lists in the school
picker are short, so they are sorted here with a key that follows the Kazakh
alphabet (Russian's order is the same with those letters left out) and reads
runs of digits as numbers.
"""

import re

KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RANK = {letter: rank for rank, letter in enumerate(KAZAKH_ALPHABET)}
_TOKENS = re.compile(r"\d+|\w")


def sort_key(name):
    """A key for ``sorted()``: numbers by value, letters by alphabet, punctuation ignored."""
    folded = name.casefold()
    key = []
    for token in _TOKENS.findall(folded):
        if token.isdecimal():
            key.append((0, int(token)))
        else:
            key.append((1, _RANK.get(token, len(_RANK) + ord(token))))
    return key, folded
