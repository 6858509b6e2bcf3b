"""Ids typed into URLs and forms, read without trusting them.

``int()`` alone would take ``" 12"``, ``"1_2"``, ``"-1"``, Arabic-Indic
digits and numbers far beyond the database's 64-bit keys; SQLite then fails
on the query ("Python int too large") and the visitor gets a 500. Anything
that is not a plain positive number a key can hold is simply no id.
"""

MAX_ID = 2**63 - 1  # BigAutoField, in PostgreSQL and SQLite alike


def parse_id(value):
    """The id in ``value`` (a string, or already an int), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 19:
        number = int(value)
    else:
        return None
    return number if 0 < number <= MAX_ID else None
