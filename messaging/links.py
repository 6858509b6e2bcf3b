"""One-time tokens for Telegram's deep link ``https://t.me/<bot>?start=<token>``.

The token is 32 URL-safe characters (Telegram allows up to 64 of A-Z a-z 0-9
_ -). Only its SHA-256 is stored, so the table read by someone else links
nobody; it is used once (a conditional UPDATE, so two /start messages with
it link one chat) and expires after ``TELEGRAM_LINK_TTL_HOURS``.
"""

import hashlib
import re
import secrets
from datetime import timedelta
from urllib.parse import quote

from django.conf import settings
from django.utils import timezone

from .models import LinkToken

TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(person, language, now=None):
    """A fresh token for ``person``; the only time it is seen in full."""
    now = now or timezone.now()
    token = secrets.token_urlsafe(24)
    LinkToken.objects.create(
        **person.owner(),
        token_hash=digest(token),
        language=(language or settings.LANGUAGE_CODE)[:8],
        expires_at=now + timedelta(hours=settings.TELEGRAM_LINK_TTL_HOURS),
    )
    return token


def deep_link(token):
    return f"https://t.me/{quote(settings.TELEGRAM_BOT_USERNAME)}?start={token}"


def redeem(token, now=None):
    """The token's row, marked used now; None for a token that is malformed,
    unknown, used or expired. Call inside the transaction that links."""
    if not isinstance(token, str) or not TOKEN.match(token):
        return None
    now = now or timezone.now()
    rows = LinkToken.objects.filter(
        token_hash=digest(token), used_at__isnull=True, expires_at__gt=now
    )
    if not rows.update(used_at=now):
        return None
    return LinkToken.objects.select_related("user").get(token_hash=digest(token))


def letter_link(registration):
    """The deep link a confirmation letter offers, or "" when there is no
    bot or the person's Telegram is linked already."""
    from . import people
    from .channels import Channel, telegram_offered

    person = people.for_registration(registration)
    if not telegram_offered() or not person.known:
        return ""
    if Channel.TELEGRAM in people.live_contacts(person) and people.consented(
        person, Channel.TELEGRAM
    ):
        return ""
    return deep_link(new_token(person, registration.language))
