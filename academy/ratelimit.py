"""Limits on guest registrations, counted in Django's cache.

Registering needs no account, so without limits a script could take every
seat of a session or send letters to any mailbox. Each attempt counts once
against the client's address and once against the e-mail typed, in fixed
windows (``settings.ACADEMY_REGISTRATION_RATE_LIMITS``); over any limit the
attempt is refused and the caller learns how long to wait. People signed in
are not counted: their account is already who they are.
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
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")
IPV6_PREFIX = 64  # one household or phone holds a whole /64


def parse(spec):
    """``"30/10m,300/d"`` → ``[(30, 600), (300, 86400)]``."""
    rates = []
    for part in filter(None, (p.strip() for p in (spec or "").split(","))):
        match = RATE.match(part)
        if not match:
            raise ImproperlyConfigured(f"ACADEMY_REGISTRATION_RATE_LIMITS: bad rate {part!r}")
        count, multiple, unit = match.groups()
        rates.append((int(count), int(multiple or 1) * UNITS[unit]))
    return rates


def limits():
    configured = getattr(settings, "ACADEMY_REGISTRATION_RATE_LIMITS", DEFAULT_LIMITS)
    return {kind: parse(spec) for kind, spec in (configured or {}).items()}


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
        return cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.set(key, 1, timeout=period)
        return 1


def hit(request, email, now=None):
    """Count one guest registration attempt. Returns the seconds to wait if
    it goes over a limit, else 0."""
    now = time.time() if now is None else now
    values = {"ip": client_address(request), "email": email.strip().lower()}
    wait = 0
    for kind, rates in limits().items():
        value = values.get(kind)
        if not value:
            continue
        digest = hashlib.sha256(value.encode()).hexdigest()[:32]
        for count, period in rates:
            window = int(now // period)
            key = f"academy:register:{kind}:{period}:{digest}:{window}"
            if _count(key, period) > count:
                wait = max(wait, (window + 1) * period - now)
    return math.ceil(wait)
