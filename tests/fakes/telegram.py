"""A fake Telegram Bot API: a real HTTP server on 127.0.0.1, in a thread.

Faithful to https://core.telegram.org/bots/api where we use it:

- ``POST /bot<token>/sendMessage`` (JSON or form): the token is checked
  (401 otherwise); ``{"ok": true, "result": <Message>}``, recorded in
  ``messages``;
- ``POST /bot<token>/setWebhook``: keeps ``url``, ``secret_token`` and
  ``allowed_updates`` (``webhook``); ``getWebhookInfo`` reads them back;
- told to, it answers 429 ``{"ok": false, "error_code": 429, "description":
  "Too Many Requests: retry after N", "parameters": {"retry_after": N}}``
  (``limit``) or 403 "Forbidden: bot was blocked by the user" (``block``);
- ``send_update`` posts an Update to the webhook with the secret header, as
  Telegram does, over HTTP (a live server) or through Django's test client,
  and carries out the method call the webhook may answer with (a reply).

Use the ``fake_telegram`` fixture (registered in tests/conftest.py): it
starts the server and points the settings at it. For a real worker (tests/
worker.py) pass ``**fake_telegram.env()`` to ``worker()``.
"""

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests

TOKEN = "123456:TEST-token_for-the-fake"
USERNAME = "bilim_test_bot"
SECRET = "webhook-secret_for-tests"


@dataclass
class Sent:
    chat_id: int
    text: str
    message_id: int
    at: float = field(default_factory=time.time)


class FakeTelegram:
    def __init__(self, token=TOKEN):
        self.token = token
        self.messages = []
        self.calls = []  # (method, payload, time) of every call, refused ones too
        self.webhook = {}
        self.blocked = set()
        self._limits = []  # retry_after of the next calls to answer 429
        self._ids = itertools.count(1000)
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # --- running -------------------------------------------------------------
    @property
    def url(self):
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def env(self):
        """Settings for a subprocess (a real Celery worker) as environment."""
        return {
            "TELEGRAM_API_URL": self.url,
            "TELEGRAM_BOT_TOKEN": self.token,
            "TELEGRAM_BOT_USERNAME": USERNAME,
            "TELEGRAM_WEBHOOK_SECRET": SECRET,
        }

    # --- what the test tells it ---------------------------------------------
    def limit(self, retry_after, times=1):
        """Answer the next ``times`` sendMessage calls with 429 and ``retry_after``."""
        with self._lock:
            self._limits.extend([retry_after] * times)

    def block(self, chat_id):
        """The person behind ``chat_id`` blocked the bot: 403 from now on."""
        self.blocked.add(int(chat_id))

    def inbox(self, chat_id):
        return [m.text for m in self.messages if m.chat_id == int(chat_id)]

    # --- as Telegram, towards our webhook -------------------------------------
    def update(self, chat_id, text, language_code="kk", first_name="Айгүл"):
        """An Update with a private chat's text message."""
        update_id = next(self._ids)
        return {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": int(time.time()),
                "from": {
                    "id": chat_id,
                    "is_bot": False,
                    "first_name": first_name,
                    "language_code": language_code,
                },
                "chat": {"id": chat_id, "type": "private", "first_name": first_name},
                "text": text,
            },
        }

    def send_update(self, chat_id, text, *, client=None, url=None, secret=None, **fields):
        """Post an Update to the webhook with the secret header and carry out
        the reply it answers with; the HTTP status of the webhook's answer.

        ``client``: a Django test client (``url`` a path then); otherwise over
        HTTP to ``url``, by default the one ``setWebhook`` stored."""
        body = json.dumps(self.update(chat_id, text, **fields))
        secret = self.webhook.get("secret_token", SECRET) if secret is None else secret
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
        url = url or self.webhook.get("url") or "/telegram/webhook/"
        if client is not None:
            response = client.post(url, body, content_type="application/json", headers=headers)
            status, content = response.status_code, response.content
        else:
            answer = requests.post(
                url,
                data=body.encode(),
                headers={**headers, "Content-Type": "application/json"},
                timeout=10,
            )
            status, content = answer.status_code, answer.content
        if 200 <= status < 300 and content:
            try:
                reply = json.loads(content)
            except ValueError:
                reply = None
            if isinstance(reply, dict) and reply.get("method") == "sendMessage":
                self._record(reply.get("chat_id"), reply.get("text", ""))
        return status

    # --- the server ----------------------------------------------------------
    def _record(self, chat_id, text):
        with self._lock:
            message = Sent(int(chat_id), str(text), next(self._ids))
            self.messages.append(message)
        return message

    def _answer(self, method, payload):
        self.calls.append((method, payload, time.time()))
        if method == "sendMessage":
            return self._send_message(payload)
        if method == "setWebhook":
            self.webhook = {
                "url": payload.get("url", ""),
                "secret_token": payload.get("secret_token", ""),
                "allowed_updates": payload.get("allowed_updates", []),
            }
            return 200, {"ok": True, "result": True, "description": "Webhook was set"}
        if method == "getWebhookInfo":
            info = {"url": self.webhook.get("url", ""), "pending_update_count": 0}
            return 200, {"ok": True, "result": info}
        if method == "getMe":
            return 200, {"ok": True, "result": {"id": 1, "is_bot": True, "username": USERNAME}}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}

    def _send_message(self, payload):
        try:
            chat_id = int(payload.get("chat_id"))
        except (TypeError, ValueError):
            return 400, {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: chat not found",
            }
        text = payload.get("text") or ""
        if not text:
            return 400, {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: message text is empty",
            }
        with self._lock:
            retry_after = self._limits.pop(0) if self._limits else None
        if retry_after is not None:
            return 429, {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {retry_after}",
                "parameters": {"retry_after": retry_after},
            }
        if chat_id in self.blocked:
            return 403, {
                "ok": False,
                "error_code": 403,
                "description": "Forbidden: bot was blocked by the user",
            }
        message = self._record(chat_id, text)
        return 200, {
            "ok": True,
            "result": {
                "message_id": message.message_id,
                "date": int(message.at),
                "chat": {"id": chat_id, "type": "private"},
                "text": text,
            },
        }

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                self.do_POST()

            def do_POST(self):
                path = urlsplit(self.path).path
                prefix, _sep, method = path.lstrip("/").partition("/")
                if prefix != f"bot{fake.token}":
                    return self._json(
                        401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
                    )
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                payload = self._payload(raw, urlsplit(self.path).query)
                if payload is None:
                    return self._json(
                        400, {"ok": False, "error_code": 400, "description": "Bad Request"}
                    )
                status, body = fake._answer(method, payload)
                self._json(status, body)

            def _payload(self, raw, query):
                kind = self.headers.get("Content-Type", "")
                try:
                    if "json" in kind:
                        value = json.loads(raw or b"{}")
                        return value if isinstance(value, dict) else None
                    return dict(parse_qsl(raw.decode() or query))
                except ValueError:
                    return None

            def _json(self, status, body):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


@pytest.fixture
def fake_telegram(settings):
    """A running fake Bot API, with the bot's settings pointed at it."""
    fake = FakeTelegram().start()
    settings.TELEGRAM_API_URL = fake.url
    settings.TELEGRAM_BOT_TOKEN = fake.token
    settings.TELEGRAM_BOT_USERNAME = USERNAME
    settings.TELEGRAM_WEBHOOK_SECRET = SECRET
    yield fake
    fake.stop()
