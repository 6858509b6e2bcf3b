"""Presence evidence for lesson time, checked on the server.

**Rotating nonce.** Each heartbeat must carry the nonce of the beat count the
server last recorded for the lesson (``beats``); the answer gives the next
one. A replayed or stale nonce (an old request sent again, a second tab, a
script repeating one request) matches no row and credits nothing. The nonce
is a keyed digest of the progress row and its beat count, so it needs no
column and no extra query.

**Attention checks.** When a lesson's active time reaches its
``check_due_seconds`` (drawn at random when the lesson is first opened and
after each answer, ``COURSES_ATTENTION_CHECK_SECONDS``), the beat that gets
there opens a check: from then on beats credit nothing until the learner
presses the button with the number the page shows. The number is a keyed
digest of the row and the moment the check opened, so the challenge cannot be
answered from an earlier one. A wrong answer is counted (``checks_failed``)
and opens a new check; the time spent before answering is never credited.
"""

import random

from django.conf import settings
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

NONCE_SALT = "courses.heartbeat.nonce"
CHECK_SALT = "courses.attention.check"  # noqa: S105 - a signing salt, not a secret
CHOICES = 3


def nonce(progress_id, beats):
    digest = salted_hmac(NONCE_SALT, f"{progress_id}:{beats}").hexdigest()[:16]
    return f"{beats}.{digest}"


def beats_of(value, progress_id):
    """The beat count a nonce stands for, or None if it is not one of ours."""
    count, _dot, _digest = (value or "").partition(".")
    if not count.isdigit() or len(count) > 9:
        return None
    return int(count) if constant_time_compare(value, nonce(progress_id, int(count))) else None


def next_check_after(active_seconds, rng=random):
    low, high = settings.COURSES_ATTENTION_CHECK_SECONDS
    if not high:
        return 0
    return active_seconds + rng.uniform(low, high)


def number(progress_id, opened_at):
    digest = salted_hmac(CHECK_SALT, f"{progress_id}:{opened_at.isoformat()}").hexdigest()
    return int(digest, 16) % 9 + 1


def challenge(progress_id, opened_at):
    """What the page needs to ask the check: a signed id, the number to press
    and the buttons to offer (the number among others, in random order)."""
    right = number(progress_id, opened_at)
    others = random.sample([n for n in range(1, 10) if n != right], CHOICES - 1)
    choices = [right, *others]
    random.shuffle(choices)
    return {
        "id": signing.dumps([progress_id, opened_at.isoformat()], salt=CHECK_SALT, compress=True),
        "number": right,
        "choices": choices,
    }


def opened_at_of(challenge_id, progress_id):
    """The moment the check named by ``challenge_id`` opened, or None."""
    try:
        signed_progress, opened = signing.loads(challenge_id, salt=CHECK_SALT, max_age=24 * 3600)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return opened if signed_progress == progress_id else None
