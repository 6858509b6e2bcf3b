"""The few Bot API methods we call, with Telegram's answers mapped to
``messaging.errors``.

Requests go to ``TELEGRAM_API_URL``/bot<token>/<method> as JSON, with a
timeout. Telegram answers ``{"ok": true, "result": ...}`` or ``{"ok": false,
"error_code": ..., "description": ..., "parameters": {...}}``: a 429 carries
``parameters.retry_after`` (seconds to wait), a 403 means the person blocked
the bot (or never started it) and trying again will not help.
"""

import requests
from django.conf import settings

from ..errors import Permanent, Transient


class Blocked(Permanent):
    """403: the person blocked the bot, or deleted the chat."""


def _url(method):
    base = settings.TELEGRAM_API_URL.rstrip("/")
    return f"{base}/bot{settings.TELEGRAM_BOT_TOKEN}/{method}"


def call(method, **payload):
    """The ``result`` of a Bot API method, or ``Transient``/``Permanent``."""
    if not settings.TELEGRAM_BOT_TOKEN:
        raise Permanent("TELEGRAM_BOT_TOKEN is not set")
    try:
        response = requests.post(
            _url(method), json=payload, timeout=settings.TELEGRAM_TIMEOUT_SECONDS
        )
    except requests.RequestException as error:
        raise Transient(f"{method}: {type(error).__name__}") from error
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
    if response.ok and body.get("ok"):
        return body.get("result")
    raise _error(method, response.status_code, body)


def _error(method, status, body):
    code = body.get("error_code") or status
    description = f"{method}: {code} {body.get('description') or ''}".strip()
    parameters = body.get("parameters") if isinstance(body.get("parameters"), dict) else {}
    if code == 429:
        retry_after = parameters.get("retry_after")
        return Transient(
            description, retry_after=retry_after if isinstance(retry_after, int) else None
        )
    if code >= 500:
        return Transient(description)
    if code == 403:
        return Blocked(description)
    return Permanent(description)


def send_message(chat_id, text):
    """Send a plain-text message; Telegram's message id, as text."""
    result = call(
        "sendMessage", chat_id=chat_id, text=text, link_preview_options={"is_disabled": True}
    )
    return str((result or {}).get("message_id", ""))


def set_webhook(url, secret_token, allowed_updates=("message",)):
    return call(
        "setWebhook",
        url=url,
        secret_token=secret_token,
        allowed_updates=list(allowed_updates),
        drop_pending_updates=False,
    )
