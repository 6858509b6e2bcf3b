"""Signed links: no password is needed to manage a registration.

- The *manage* token names an e-mail address; whoever opens it (the owner
  of the mailbox) sees and manages that address's registrations.
- The *join* token names one registration; the platform records the join
  and sends the person on to the meeting.
- The *facilitator* token names one session; it opens the screen with the
  check-in code for a facilitator who has no account.
"""

import hashlib

from django.core import signing

MANAGE_SALT = "academy.manage"
JOIN_SALT = "academy.join"
FACILITATOR_SALT = "academy.facilitator"
# Old letters keep working for a year, long enough for the certificate.
MAX_AGE = 366 * 24 * 3600


def manage_token(email):
    return signing.dumps(email.lower(), salt=MANAGE_SALT)


def email_from_manage_token(token):
    return _load(token, MANAGE_SALT, max_age=MAX_AGE)


def join_token(registration):
    return signing.dumps(registration.pk, salt=JOIN_SALT)


def registration_id_from_join_token(token):
    return _load(token, JOIN_SALT)


def secret_tag(session):
    """A short digest of the check-in secret: a new secret revokes old
    facilitator links, and the link (signed, not encrypted) reveals nothing."""
    return hashlib.sha256(session.checkin_secret.encode()).hexdigest()[:12]


def facilitator_token(session):
    return signing.dumps([session.pk, secret_tag(session)], salt=FACILITATOR_SALT)


def session_from_facilitator_token(token, sessions):
    """The session of a genuine, current facilitator link, else None."""
    value = _load(token, FACILITATOR_SALT)
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int)):
        return None
    session = sessions.filter(pk=value[0]).first()
    return session if session and secret_tag(session) == value[1] else None


def _load(token, salt, max_age=None):
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
