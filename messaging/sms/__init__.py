"""SMS: the configured gateway, the counting of parts, the adapters.

``provider()`` is what the sending task calls; SMS_PROVIDER (settings) names
the gateway: ``console`` (the default, prints and keeps the messages: a bare
machine needs no account) or ``smsc`` (SMSC.kz). Built on each call, so a
changed setting (a test's, a deploy's) is read at once; it holds no connection.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

PROVIDERS = {
    "console": "messaging.sms.console.ConsoleProvider",
    "smsc": "messaging.sms.smsc.SmscProvider",
}


def provider():
    """The configured ``messaging.sms.base.Provider``."""
    name = settings.SMS_PROVIDER
    if name not in PROVIDERS:
        raise ImproperlyConfigured(
            f"SMS_PROVIDER={name!r}: choose one of {', '.join(sorted(PROVIDERS))}"
        )
    return import_string(PROVIDERS[name])()
