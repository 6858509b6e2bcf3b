"""The SMSC.kz adapter against a fake SMSC over real HTTP (tests/fakes/sms.py):
what it sends, and which failures are tried again (Transient) and which are
not (Permanent)."""

import socket
import time

import pytest

from messaging.errors import Permanent, Transient
from messaging.sms import provider
from tests.fakes.sms import API_KEY

KAZAKH = "Еске салу: «Балаңызбен қауіпсіз интернет туралы…», 07.12, 14:30"


def test_a_message_goes_and_its_id_comes_back(smsc_gateway):
    message_id = provider().send("+77012345667", KAZAKH)
    assert message_id == "1000"
    [sent] = smsc_gateway.sent
    # Kazakh letters arrive whole: the adapter says charset=utf-8 (SMSC reads windows-1251 else).
    assert (sent["phones"], sent["mes"]) == ("+77012345667", KAZAKH)
    assert (sent["fmt"], sent["charset"]) == ("3", "utf-8")
    assert "sender" not in sent
    assert provider().send("+77012345668", KAZAKH) == "1001"


def test_the_number_goes_in_one_form_with_its_plus(smsc_gateway):
    provider().send("8 (701) 234-56-67", "Test")
    assert smsc_gateway.sent[0]["phones"] == "+77012345667"


def test_the_sender_name_and_an_api_key(smsc_gateway, settings):
    settings.SMS_SENDER = "Bilim"
    settings.SMS_API_KEY, settings.SMS_LOGIN, settings.SMS_PASSWORD = API_KEY, "", ""
    provider().send("+77012345667", "Test")
    [sent] = smsc_gateway.sent
    assert sent["sender"] == "Bilim"
    assert sent["apikey"] == API_KEY
    assert "login" not in sent and "psw" not in sent


def permanent(message, phone="+77012345667", text="Test"):
    with pytest.raises(Permanent) as raised:
        provider().send(phone, text)
    assert str(raised.value) == message
    return raised.value


def transient(message, retry_after=None, phone="+77012345667", text="Test"):
    with pytest.raises(Transient) as raised:
        provider().send(phone, text)
    assert message in str(raised.value)
    assert raised.value.retry_after == retry_after
    return raised.value


def test_wrong_credentials_are_permanent(smsc_gateway, settings):
    settings.SMS_PASSWORD = "wrong"
    permanent("SMSC error 2: authorise error")
    settings.SMS_API_KEY = "wrong-key"
    permanent("SMSC error 2: authorise error")
    assert smsc_gateway.sent == []


def test_an_empty_account_is_permanent(smsc_gateway):
    smsc_gateway.balance = 0
    permanent("SMSC error 3: no money")


def test_a_number_the_network_cannot_reach_is_permanent(smsc_gateway):
    smsc_gateway.undeliverable.add("+77012345667")
    permanent("SMSC error 8: cannot deliver")


def test_a_forbidden_text_is_permanent(smsc_gateway):
    permanent("SMSC error 6: message is denied", text="Онлайн казино")


def test_a_number_that_is_not_a_mobile_costs_no_request(smsc_gateway):
    error = permanent("not a Kazakhstan mobile number: ***67", phone="+7 727 123 45 67")
    assert isinstance(error.__cause__, ValueError)
    assert smsc_gateway.requests == []


def test_a_blocked_address_waits_the_documented_block(smsc_gateway):
    smsc_gateway.blocked = True
    transient("SMSC error 4: ip is blocked", retry_after=600)


def test_the_same_message_within_a_minute_is_tried_after_the_minute(smsc_gateway):
    provider().send("+77012345667", "Test")
    transient("SMSC error 9: duplicate request, wait a minute", retry_after=60)
    assert len(smsc_gateway.sent) == 1


def test_a_server_error_in_front_of_smsc_is_transient(smsc_gateway):
    smsc_gateway.script(status=503, body="<html>Service Unavailable</html>")
    transient("SMSC answered HTTP 503")
    smsc_gateway.script(status=502, body="Bad gateway", headers={"Retry-After": "120"})
    transient("SMSC answered HTTP 502", retry_after=120)
    smsc_gateway.script(status=429, body="Too many", headers={"Retry-After": "7"})
    transient("SMSC answered HTTP 429", retry_after=7)
    assert smsc_gateway.sent == []
    assert provider().send("+77012345667", "Test") == "1000"  # and then it goes


def test_a_wrong_address_is_permanent(smsc_gateway, settings):
    settings.SMS_API_URL = smsc_gateway.url.replace("/sys/send.php", "/sys/sned.php")
    permanent("SMSC answered HTTP 404")


def test_only_an_http_address_is_asked(smsc_gateway, settings):
    settings.SMS_API_URL = "file:///etc/passwd"
    permanent("SMS_API_URL is not an http(s) address: 'file:///etc/passwd'")


def test_an_answer_that_is_not_json_is_transient(smsc_gateway):
    smsc_gateway.script(body="<html>maintenance</html>", headers={"Content-Type": "text/html"})
    transient("not JSON")


def test_a_slow_gateway_times_out_as_transient(smsc_gateway, settings):
    settings.SMS_TIMEOUT = 0.3
    smsc_gateway.script(body={"id": 1, "cnt": 1}, delay=5)
    started = time.monotonic()
    transient("SMSC unreachable: timed out")
    assert time.monotonic() - started < 3


def test_a_gateway_that_is_down_is_transient(settings):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.SMS_PROVIDER, settings.SMS_API_URL = "smsc", f"http://127.0.0.1:{port}/sys/send.php"
    transient("SMSC unreachable: [Errno 111] Connection refused")
