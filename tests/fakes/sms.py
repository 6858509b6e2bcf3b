"""A fake SMSC.kz: a real HTTP server on 127.0.0.1, in a thread, that answers
``/sys/send.php`` as SMSC's documentation says (https://smsc.kz/api/http/send/).

So the adapter (``messaging.sms.smsc``) is tested over real HTTP, with
nothing of ours mocked. What it copies from SMSC:

- GET or POST, parameters in the query or a form body; ``login`` + ``psw``
  or ``apikey``; ``mes`` decoded by ``charset`` (windows-1251 unless told
  otherwise, as SMSC does: a client that forgets ``charset=utf-8`` records
  garbled Kazakh here too); the answer in JSON only with ``fmt=3``, else
  SMSC's plain ``OK - 1 SMS, ID - 1``;
- HTTP 200 for errors too: ``{"error": ..., "error_code": N}``, with the
  message ``id`` for errors 3, 6, 7 and 8; success ``{"id": N, "cnt": parts}``;
- error 2 for wrong credentials, 3 with no money left, 4 while the IP is
  blocked, 6 for a forbidden text, 7 for a number it cannot read, 8 for one it
  cannot deliver to, 9 for the same message to the same number within a minute.

A test scripts the rest: ``gateway.balance = 0``, ``gateway.blocked = True``,
``gateway.undeliverable.add("+77011112233")``, or ``gateway.script(status=503,
body=..., headers=..., delay=...)`` for the next answer (a proxy's 5xx, a slow
answer the client gives up on). Everything received is in ``gateway.sent``
(accepted messages) and ``gateway.requests`` (every request's parameters).

Use it through ``fake_smsc(settings)`` (a context manager that also points
the SMS settings at it) or the ``smsc_gateway`` fixture.
"""

import contextlib
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

LOGIN, PASSWORD, API_KEY = "school-login", "school-password", "school-api-key"
ERRORS = {
    1: "parameters error",
    2: "authorise error",
    3: "no money",
    4: "ip is blocked",
    6: "message is denied",
    7: "invalid phone",
    8: "cannot deliver",
    9: "duplicate request, wait a minute",
}
WITH_ID = {3, 6, 7, 8}  # SMSC adds the message id to these errors


class FakeSmsc:
    def __init__(self):
        self.sent, self.requests = [], []
        self.balance = 100  # messages the account can still pay for
        self.blocked = False
        self.undeliverable, self.forbidden_words = set(), {"казино"}
        self._scripted, self._lock, self._release = [], threading.Lock(), threading.Event()
        self._next_id = 1000
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self):
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/sys/send.php"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self._release.set()  # a scripted slow answer stops waiting
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def script(self, status=200, body=None, headers=None, delay=0):
        """The next request gets this answer instead of SMSC's own."""
        self._scripted.append((status, body, headers or {}, delay))

    def answer(self, fields):
        """SMSC's answer to a send request: (status, body, headers, delay)."""
        with self._lock:
            self.requests.append(fields)
            if self._scripted:
                return self._scripted.pop(0)
            result = self._send(fields)
        if fields.get("fmt") != "3":
            text = (
                f"ERROR = {result['error_code']} ({result['error']})"
                if "error" in result
                else (f"OK - {result['cnt']} SMS, ID - {result['id']}")
            )
            return 200, text, {"Content-Type": "text/plain; charset=utf-8"}, 0
        return 200, json.dumps(result), {"Content-Type": "application/json"}, 0

    def _send(self, fields):
        if self.blocked:
            return self._error(4)
        if "apikey" in fields:
            authorised = fields["apikey"] == API_KEY
        else:
            authorised = (fields.get("login"), fields.get("psw")) == (LOGIN, PASSWORD)
        if not authorised:
            return self._error(2)
        phone, text = fields.get("phones", ""), fields.get("mes", "")
        if not phone or not text:
            return self._error(1)
        message_id = self._next_id
        if not re.fullmatch(r"\+?[0-9]{10,15}", phone):
            return self._error(7, message_id)
        if any(word in text.lower() for word in self.forbidden_words):
            return self._error(6, message_id)
        if phone in self.undeliverable:
            return self._error(8, message_id)
        minute_ago = time.monotonic() - 60
        if any(
            s["phones"] == phone and s["mes"] == text and s["at"] > minute_ago for s in self.sent
        ):
            return self._error(9)
        cost = _parts(text)
        if self.balance < cost:
            return self._error(3, message_id)
        self.balance -= cost
        self._next_id += 1
        self.sent.append({**fields, "id": message_id, "cnt": cost, "at": time.monotonic()})
        return {"id": message_id, "cnt": cost}

    @staticmethod
    def _error(code, message_id=None):
        error = {"error": ERRORS[code], "error_code": code}
        if code in WITH_ID and message_id is not None:
            error["id"] = message_id
        return error


def _parts(text):
    """SMSC's count, done simply: 160/153 for ASCII, 70/67 for anything else."""
    single, per_part = (160, 153) if text.isascii() else (70, 67)
    return 1 if len(text) <= single else -(-len(text) // per_part)


def _handler(gateway):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self._reply(urlsplit(self.path).query.encode("latin-1"))

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            query = urlsplit(self.path).query.encode("latin-1")
            self._reply(query + b"&" + self.rfile.read(length))

        def _reply(self, raw):
            if urlsplit(self.path).path != "/sys/send.php":
                self.send_error(404)
                return
            status, body, headers, delay = gateway.answer(_fields(raw))
            if delay:
                gateway._release.wait(delay)
            data = (body if isinstance(body, str) else json.dumps(body)).encode()
            with contextlib.suppress(OSError):  # the client may have given up
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        def log_message(self, format, *args):  # noqa: A002 - the base class's name
            pass

    return Handler


def _fields(raw):
    """Form fields as SMSC reads them: decoded by ``charset`` (windows-1251 unless told)."""
    text = raw.decode("latin-1")
    charset = parse_qs(text, encoding="latin-1").get("charset", ["windows-1251"])[-1]
    decode = {"utf-8": "utf-8", "koi8-r": "koi8-r"}.get(charset.lower(), "cp1251")
    pairs = parse_qs(text, keep_blank_values=True, encoding=decode, errors="replace")
    return {key: values[-1] for key, values in pairs.items()}


@contextlib.contextmanager
def fake_smsc(settings):
    """A running fake SMSC, with pytest-django's ``settings`` pointed at it."""
    gateway = FakeSmsc().start()
    settings.SMS_PROVIDER = "smsc"
    settings.SMS_API_URL = gateway.url
    settings.SMS_LOGIN, settings.SMS_PASSWORD, settings.SMS_API_KEY = LOGIN, PASSWORD, ""
    settings.SMS_SENDER = ""
    settings.SMS_TIMEOUT = 5
    try:
        yield gateway
    finally:
        gateway.stop()


@pytest.fixture
def smsc_gateway(settings):
    """The fake SMSC, running, with SMS_PROVIDER="smsc" pointed at it."""
    with fake_smsc(settings) as gateway:
        yield gateway
