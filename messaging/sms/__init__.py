"""placeholder, replaced by wt-sms: the configured SMS provider (``SMS_PROVIDER``)."""

from .base import Console


def provider():
    return Console()
