"""SMS_PROVIDER chooses the gateway; the console one works on a bare machine."""

import io

import pytest
from django.core.exceptions import ImproperlyConfigured

from messaging.sms import console, provider
from messaging.sms.base import Provider
from messaging.sms.console import ConsoleProvider
from messaging.sms.smsc import SmscProvider


def test_the_console_is_the_default(settings):
    assert settings.SMS_PROVIDER == "console"
    assert isinstance(provider(), ConsoleProvider)


def test_the_setting_chooses(settings):
    settings.SMS_PROVIDER = "smsc"
    chosen = provider()
    assert isinstance(chosen, SmscProvider) and isinstance(chosen, Provider)
    assert chosen.name == "smsc"


def test_an_unknown_provider_says_what_there_is(settings):
    settings.SMS_PROVIDER = "mobizon"
    with pytest.raises(ImproperlyConfigured, match="console, smsc"):
        provider()


def test_the_rate_limit_comes_from_the_settings(settings):
    settings.SMS_RATE_LIMIT = "10/s"
    assert provider().rate_limit == "10/s"


def test_the_console_prints_masked_and_keeps_the_message():
    stream = io.StringIO()
    text = "Бүгін 14:30: «Балаңызбен қауіпсіз…»"
    message_id = ConsoleProvider(stream=stream).send("+77012345667", text)
    assert message_id.startswith("console-")
    assert console.outbox[-1] == {
        "id": message_id,
        "phone": "+77012345667",
        "text": text,
        "parts": 1,
    }
    printed = stream.getvalue()
    assert "+7 701 *** ** 67" in printed and "2345667" not in printed
    assert text in printed and "UCS-2" in printed
