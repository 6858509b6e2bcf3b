"""SMSC.kz, the SMS gateway many Kazakh schools and akimats already pay for.

Its HTTP API (https://smsc.kz/api/http/send/): a POST to ``/sys/send.php``
with ``login`` and ``psw`` (or an ``apikey``), ``phones``, ``mes``, the
optional ``sender`` (a sender name registered with SMSC), ``charset=utf-8``
(the server's default is windows-1251, which has no Kazakh letters) and
``fmt=3`` for JSON. It answers HTTP 200 either way: ``{"id": 1234, "cnt": 1}``
when the message is accepted, ``{"error": "...", "error_code": N}`` when not.
The number goes with its ``+``, which tells SMSC not to "correct" it.

What each documented error code means for us (``messaging.errors``):

====  =================================================  ==========
code  SMSC's meaning                                     we raise
====  =================================================  ==========
1     error in the parameters                            Permanent
2     wrong login or password (or an IP not allowed)     Permanent
3     not enough money on the account                    Permanent
4     this IP is blocked for a while after many errors   Transient
5     wrong date format                                  Permanent
6     message forbidden (by its text or sender name)     Permanent
7     wrong phone number format                          Permanent
8     the message cannot be delivered to this number     Permanent
9     the same request again within a minute, or too     Transient
      many requests at once from one account
====  =================================================  ==========

Why no money (3) and bad credentials (2) are permanent: trying again does
not fix either, a person has to, and SMSC blocks the IP of a client whose
requests keep failing (30 minutes after 5 wrong passwords, 10 minutes after
100 failed sends in a row, its FAQ says): retrying a whole wave of reminders
against an empty account would block every other message too. Each such
failure is in the delivery log with SMSC's own words, for the operator.
Error 4 gives no time; we wait 600 s, the block for failed sends. Error 9
lets the same request through after a minute: 60 s.

A timeout after the request went out may hide a message that SMSC did send;
it is still ``Transient``, as a reminder missed costs more than one twice.
"""

import http.client
import json
from datetime import UTC
from email.utils import parsedate_to_datetime
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from django.conf import settings
from django.utils import timezone

from messaging import phones
from messaging.errors import Permanent, Transient
from messaging.sms.base import Provider

TRANSIENT_CODES = {4: 600, 9: 60}  # error code: seconds to wait


class SmscProvider(Provider):
    name = "smsc"

    def send(self, phone, text):
        try:
            phone = phones.normalise(phone)
        except ValueError as error:  # never spend a request (and an error) on it
            raise Permanent(f"not a Kazakhstan mobile number: {phones.mask(phone)}") from error
        answer = self._post(self.parameters(phone, text))
        if "error_code" in answer:
            raise self.error(answer)
        if answer.get("id") in (None, ""):
            raise Permanent(f"SMSC answered without a message id: {answer}")
        return str(answer["id"])

    def parameters(self, phone, text):
        """The form SMSC reads; credentials from the settings, never logged."""
        if settings.SMS_API_KEY:
            credentials = {"apikey": settings.SMS_API_KEY}
        else:
            credentials = {"login": settings.SMS_LOGIN, "psw": settings.SMS_PASSWORD}
        sender = {"sender": settings.SMS_SENDER} if settings.SMS_SENDER else {}
        return {**credentials, "phones": phone, "mes": text, **sender, "charset": "utf-8", "fmt": 3}

    def _post(self, parameters):
        if not settings.SMS_API_URL.startswith(("https://", "http://")):
            raise Permanent(f"SMS_API_URL is not an http(s) address: {settings.SMS_API_URL!r}")
        request = Request(  # noqa: S310 - an http(s) address, checked above
            settings.SMS_API_URL,
            data=urlencode(parameters).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
            method="POST",
        )
        try:
            with urlopen(request, timeout=settings.SMS_TIMEOUT) as response:  # noqa: S310
                body = response.read()
        except HTTPError as error:
            raise self.http_error(error) from error
        except (URLError, OSError, http.client.HTTPException) as error:
            # Refused, reset, unreachable, timed out (TimeoutError is an OSError).
            reason = getattr(error, "reason", None) or error
            raise Transient(f"SMSC unreachable: {reason}") from error
        try:
            answer = json.loads(body)
        except ValueError as error:
            raise Transient(f"SMSC answered something that is not JSON: {body[:200]!r}") from error
        if not isinstance(answer, dict):
            raise Transient(f"SMSC answered an unexpected JSON: {body[:200]!r}")
        return answer

    @staticmethod
    def error(answer):
        try:
            code = int(answer["error_code"])
        except (TypeError, ValueError):
            code = None
        message = f"SMSC error {answer.get('error_code')}: {answer.get('error', '')}".strip()
        if code in TRANSIENT_CODES:
            return Transient(message, retry_after=TRANSIENT_CODES[code])
        return Permanent(message)

    @staticmethod
    def http_error(error):
        """SMSC itself answers 200; other statuses come from what stands in front of it."""
        message = f"SMSC answered HTTP {error.code}"
        if error.code in (408, 429) or error.code >= 500:
            return Transient(message, retry_after=retry_after(error.headers.get("Retry-After")))
        return Permanent(message)


def retry_after(value):
    """Seconds from a Retry-After header (seconds or an HTTP date), or None."""
    if not value:
        return None
    if value.strip().isdigit():
        return int(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:  # "-0000": UTC, says RFC 5322
        moment = moment.replace(tzinfo=UTC)
    return max(0, int((moment - timezone.now()).total_seconds()))
