"""The channels a message can go by, and which of them this site offers.

E-mail is always there (the letters of ``academy.emails`` carry the calendar
file and the signed links). Telegram is offered once a bot is configured
(``TELEGRAM_BOT_TOKEN`` and ``TELEGRAM_BOT_USERNAME``); SMS once an SMS
provider is (``SMS_PROVIDER``, anything but "off"). Each of the two needs
the person's own consent (``privacy.consents``), under a purpose of its own.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    TELEGRAM = "telegram", _("Telegram")
    SMS = "sms", _("SMS")
    EMAIL = "email", _("E-mail")


# The channels with an address of their own (a ``Contact``), besides e-mail.
MESSENGERS = (Channel.TELEGRAM, Channel.SMS)
DEFAULT_ORDER = (Channel.TELEGRAM, Channel.SMS, Channel.EMAIL)


def purpose(channel):
    """The optional consent a channel needs (``privacy.models.Consent.Purpose``)."""
    from privacy.models import Consent

    return {
        Channel.TELEGRAM: Consent.Purpose.TELEGRAM,
        Channel.SMS: Consent.Purpose.SMS,
    }[Channel(channel)]


def telegram_offered():
    return bool(settings.TELEGRAM_BOT_TOKEN and settings.TELEGRAM_BOT_USERNAME)


def sms_offered():
    # SMS_PROVIDER is the SMS package's setting (default "console": to the log).
    return (getattr(settings, "SMS_PROVIDER", "console") or "off") != "off"


def offered(channel):
    return {
        Channel.TELEGRAM: telegram_offered,
        Channel.SMS: sms_offered,
        Channel.EMAIL: lambda: True,
    }[Channel(channel)]()
