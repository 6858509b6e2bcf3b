"""The BigBlueButton servers of this installation, from ``BBB_SERVERS``.

Parsed in ``lms.settings.base`` (so this module imports nothing of Django at
import time) and read back here for the coordinator's choice and the API
client. A malformed value fails at start-up, not at the first webinar.
"""

import re

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
ALGORITHMS = ("sha1", "sha256", "sha384", "sha512")


def parse(value):
    """``"key=URL|secret;key2=URL|secret"`` → ``{key: {"url", "secret"}}``, in order.

    The URL is the one ``bbb-conf --secret`` prints (``…/bigbluebutton/``); the
    API's own ``…/bigbluebutton/api/`` is accepted too."""
    found = {}
    for item in (part.strip() for part in (value or "").split(";")):
        if not item:
            continue
        key, _eq, rest = item.partition("=")
        url, _bar, secret = rest.partition("|")
        key, url, secret = key.strip().lower(), url.strip(), secret.strip()
        if not KEY.match(key) or not url.startswith(("http://", "https://")) or not secret:
            raise ImproperlyConfigured(
                f"BBB_SERVERS: {key or item[:20]!r} is not key=URL|secret "
                "(key: lower-case letters, digits, - or _)"
            )
        if key in found:
            raise ImproperlyConfigured(f"BBB_SERVERS: {key!r} is given twice")
        found[key] = {"url": api_url(url), "secret": secret}
    return found


def api_url(url):
    """The API's base URL, ending in ``/api/``."""
    url = url.rstrip("/")
    return f"{url}/" if url.endswith("/api") else f"{url}/api/"


def algorithm(value):
    value = (value or "sha1").strip().lower()
    if value not in ALGORITHMS:
        raise ImproperlyConfigured(f"BBB_CHECKSUM must be one of {', '.join(ALGORITHMS)}")
    return value


def configured():
    return dict(getattr(settings, "BBB_SERVERS", {}) or {})


def choices():
    """``[(key, "BigBlueButton: key")]`` for the coordinator's form."""
    return [(key, f"BigBlueButton: {key}") for key in configured()]
