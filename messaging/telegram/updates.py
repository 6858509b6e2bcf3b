"""What the bot does with an update Telegram posts to the webhook.

Only private chats' text messages count: ``/start <token>`` links the chat
to the person the token was made for, ``/stop`` ends it, anything else gets
a short help. The reply goes back in the webhook's own answer (a Bot API
method call, as Telegram allows), in the person's language, so the request
makes no call of its own to Telegram.
"""

from django.conf import settings
from django.utils import translation

from .. import contacts
from ..channels import Channel
from ..models import Contact
from . import replies

LANGUAGES = {code for code, _name in settings.LANGUAGES}


def _message(update):
    message = update.get("message") if isinstance(update, dict) else None
    if not isinstance(message, dict):
        return None, None, ""
    chat = message.get("chat") if isinstance(message.get("chat"), dict) else {}
    chat_id = chat.get("id")
    if chat.get("type") != "private" or not isinstance(chat_id, int) or isinstance(chat_id, bool):
        return None, None, ""
    sender = message.get("from") if isinstance(message.get("from"), dict) else {}
    text = message.get("text") if isinstance(message.get("text"), str) else ""
    return chat_id, sender.get("language_code"), text.strip()


def _command(text):
    """``("/start", "payload")`` from "/start payload" or "/start@bot payload"."""
    if not text.startswith("/"):
        return "", ""
    head, _sep, rest = text.partition(" ")
    return head.split("@", 1)[0].lower(), rest.strip()


def _language(chat_id, telegram_language):
    known = (
        Contact.objects.filter(channel=Channel.TELEGRAM, address=str(chat_id))
        .order_by("-linked_at")
        .values_list("language", flat=True)
        .first()
    )
    if known:
        return known
    code = (telegram_language or "")[:2] if isinstance(telegram_language, str) else ""
    return code if code in LANGUAGES else settings.LANGUAGE_CODE


def handle(request, update):
    """The reply (a ``sendMessage`` call for the webhook's answer), or None."""
    chat_id, telegram_language, text = _message(update)
    if chat_id is None:
        return None
    command, payload = _command(text)
    if command == "/start" and payload:
        contact = contacts.link_telegram(request, payload, chat_id)
        language = contact.language if contact else _language(chat_id, telegram_language)
        with translation.override(language):
            reply = replies.linked() if contact else replies.bad_link()
    elif command == "/stop":
        language = _language(chat_id, telegram_language)
        contacts.stop_chat(chat_id)
        with translation.override(language):
            reply = replies.stopped()
    else:
        with translation.override(_language(chat_id, telegram_language)):
            reply = replies.help_text()
    return {"method": "sendMessage", "chat_id": chat_id, "text": reply}
