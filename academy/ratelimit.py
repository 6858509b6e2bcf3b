"""Limits on guest registrations and on check-in codes, counted in Django's
cache.

Registering needs no account, so without limits a script could take every
seat of a session or send letters to any mailbox. Each attempt counts once
against the client's address and once against the e-mail typed, in fixed
windows (``settings.ACADEMY_REGISTRATION_RATE_LIMITS``); over any limit the
attempt is refused and the caller learns how long to wait. People signed in
are not counted: their account is already who they are.

A check-in code has six digits, so it could be guessed by trying them all.
Wrong codes count against the registration and against the client's address
(``settings.ACADEMY_CHECKIN_RATE_LIMITS``); once either reaches its limit,
every code, even the right one, is refused until the window ends. Only
wrong codes count, so a hall of parents on one network checking in at once
does not lock itself out.

The client's address is the one allauth sees: through the number of trusted
proxies set by ``TRUSTED_PROXY_COUNT`` (``ALLAUTH_TRUSTED_PROXY_COUNT``).
"""

import hashlib
import ipaddress
import math
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

DEFAULT_LIMITS = {"ip": "30/10m,300/d", "email": "10/h,30/d"}
DEFAULT_CHECKIN_LIMITS = {"registration": "5/10m,20/d", "ip": "60/10m,600/d"}
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")
IPV6_PREFIX = 64  # one household or phone holds a whole /64


def parse(spec, setting="ACADEMY_REGISTRATION_RATE_LIMITS"):
    """``"30/10m,300/d"`` → ``[(30, 600), (300, 86400)]``."""
    rates = []
    for part in filter(None, (p.strip() for p in (spec or "").split(","))):
        match = RATE.match(part)
        if not match:
            raise ImproperlyConfigured(f"{setting}: bad rate {part!r}")
        count, multiple, unit = match.groups()
        rates.append((int(count), int(multiple or 1) * UNITS[unit]))
    return rates


def limits(setting="ACADEMY_REGISTRATION_RATE_LIMITS", default=None):
    configured = getattr(settings, setting, DEFAULT_LIMITS if default is None else default)
    return {kind: parse(spec, setting) for kind, spec in (configured or {}).items()}


def client_address(request):
    """The client's address as allauth sees it (trusted proxies and all);
    IPv6 addresses by their /64."""
    from allauth.account.adapter import get_adapter

    address = get_adapter(request).get_client_ip(request) or ""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.IPv6Network(f"{parsed}/{IPV6_PREFIX}", strict=False).network_address)
    return str(parsed)


def _count(key, period):
    cache.add(key, 0, timeout=period)
    try:
        counted = cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.set(key, 1, timeout=period)
        return 1
    # None: Redis is gone and its errors are misses (IGNORE_EXCEPTIONS); nothing is
    # counted until it is back, rather than every page failing (ops/rehearsal).
    return counted or 0


def _windows(scope, values, configured, now):
    """``(cache key, allowed count, period, seconds left)`` of every current
    window that applies to these values."""
    for kind, rates in configured.items():
        value = values.get(kind)
        if not value:
            continue
        digest = hashlib.sha256(str(value).encode()).hexdigest()[:32]
        for count, period in rates:
            window = int(now // period)
            key = f"academy:{scope}:{kind}:{period}:{digest}:{window}"
            yield key, count, period, (window + 1) * period - now


def count(scope, values, configured, now=None):
    """Count one attempt in every window. Returns the seconds to wait if it
    goes over a limit, else 0."""
    now = time.time() if now is None else now
    wait = 0
    for key, allowed, period, left in _windows(scope, values, configured, now):
        if _count(key, period) > allowed:
            wait = max(wait, left)
    return math.ceil(wait)


def locked(scope, values, configured, now=None):
    """The seconds to wait if any window has already used up its attempts,
    else 0; counts nothing."""
    now = time.time() if now is None else now
    wait = 0
    for key, allowed, _period, left in _windows(scope, values, configured, now):
        if (cache.get(key) or 0) >= allowed:
            wait = max(wait, left)
    return math.ceil(wait)


def hit(request, email, now=None):
    """Count one guest registration attempt. Returns the seconds to wait if
    it goes over a limit, else 0."""
    values = {"ip": client_address(request), "email": email.strip().lower()}
    return count("register", values, limits(), now)


def _checkin(request, registration):
    values = {"registration": registration.pk, "ip": client_address(request)}
    configured = limits("ACADEMY_CHECKIN_RATE_LIMITS", DEFAULT_CHECKIN_LIMITS)
    return values, configured


def checkin_locked(request, registration, now=None):
    """Seconds until this registration, from this address, may try a code
    again (0: it may now)."""
    return locked("checkin", *_checkin(request, registration), now)


def checkin_failed(request, registration, now=None):
    """Count one wrong code. Returns the seconds to wait if no attempt is
    left now, else 0."""
    values, configured = _checkin(request, registration)
    count("checkin", values, configured, now)
    return locked("checkin", values, configured, now)
