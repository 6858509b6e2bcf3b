"""The fake SMSC answers as SMSC's documentation says, whoever asks: checked
here with plain requests, so the adapter's tests rest on a faithful fake."""

import json
from urllib.parse import urlencode
from urllib.request import urlopen

from tests.fakes.sms import API_KEY, LOGIN, PASSWORD, fake_smsc


def ask(gateway, data=None, **query):
    url = gateway.url + ("?" + urlencode(query) if query else "")
    with urlopen(url, data=urlencode(data).encode() if data else None) as response:  # noqa: S310
        return response.status, response.read().decode()


def test_answers_by_get_and_post_in_the_documented_formats(settings):
    with fake_smsc(settings) as gateway:
        credentials = {"login": LOGIN, "psw": PASSWORD, "phones": "77012345667"}
        assert ask(gateway, **credentials, mes="Hello") == (200, "OK - 1 SMS, ID - 1000")
        status, body = ask(gateway, data={**credentials, "mes": "Hi", "fmt": 3})
        assert (status, json.loads(body)) == (200, {"id": 1001, "cnt": 1})
        status, body = ask(gateway, apikey="wrong", phones="77012345667", mes="x", fmt=3)
        assert json.loads(body) == {"error": "authorise error", "error_code": 2}
        status, body = ask(gateway, apikey=API_KEY, phones="7701", mes="x", fmt=3)
        assert json.loads(body) == {"error": "invalid phone", "error_code": 7, "id": 1002}
        assert ask(gateway, login=LOGIN, psw="x", phones="1", mes="x") == (
            200,
            "ERROR = 2 (authorise error)",
        )


def test_reads_the_text_in_windows_1251_unless_told(settings):
    with fake_smsc(settings) as gateway:
        data = {"login": LOGIN, "psw": PASSWORD, "phones": "+77012345667", "fmt": 3}
        ask(gateway, data={**data, "mes": "Привет".encode("cp1251")})
        ask(gateway, data={**data, "mes": "Сәлем", "charset": "utf-8"})
        assert [sent["mes"] for sent in gateway.sent] == ["Привет", "Сәлем"]


def test_counts_parts_and_charges_them(settings):
    with fake_smsc(settings) as gateway:
        gateway.balance = 2
        data = {"login": LOGIN, "psw": PASSWORD, "phones": "+77012345667", "fmt": 3}
        _status, body = ask(gateway, data={**data, "mes": "ж" * 71, "charset": "utf-8"})
        assert json.loads(body) == {"id": 1000, "cnt": 2}
        _status, body = ask(gateway, data={**data, "mes": "x"})
        assert json.loads(body)["error_code"] == 3
