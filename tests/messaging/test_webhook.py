"""Linking a chat through the deep link and the webhook, as Telegram would
post it: the secret header, one-time tokens, /stop, and odd updates."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone, translation

from messaging.channels import Channel
from messaging.models import Contact, LinkToken
from messaging.telegram import replies
from privacy import consents
from privacy.models import Consent

from .conftest import CHAT

pytestmark = pytest.mark.django_db
WEBHOOK = "/telegram/webhook/"


def deep_link_token(client, url="/en/messages/telegram/link/"):
    response = client.post(url)
    assert response.status_code == 302
    prefix = "https://t.me/bilim_test_bot?start="
    assert response["Location"].startswith(prefix)
    return response["Location"].removeprefix(prefix)


def test_a_parent_links_telegram_by_the_deep_link_and_hears_back_in_their_language(
    client, parent, fake_telegram
):
    client.force_login(parent)
    token = deep_link_token(client)
    assert LinkToken.objects.get().token_hash != token  # only its hash is kept

    status = fake_telegram.send_update(CHAT, f"/start {token}", client=client)

    assert status == 200
    contact = Contact.objects.get()
    assert (contact.user, contact.channel, contact.address) == (parent, "telegram", str(CHAT))
    assert consents.allows(Consent.Purpose.TELEGRAM, user=parent)
    with translation.override("ru"):  # the parent's language, not Telegram's "kk"
        assert fake_telegram.inbox(CHAT) == [replies.linked()]


def test_a_guest_links_through_the_signed_link_of_their_letters(client, fake_telegram):
    from academy import tokens

    manage = tokens.manage_token("guest@example.kz")
    token = deep_link_token(client, f"/en/messages/guest/{manage}/telegram/link/")
    fake_telegram.send_update(CHAT, f"/start {token}", client=client)
    contact = Contact.objects.get()
    assert (contact.user, contact.email) == (None, "guest@example.kz")
    assert consents.allows(Consent.Purpose.TELEGRAM, email="guest@example.kz")


@pytest.mark.parametrize("secret", ["wrong-secret", ""])
def test_a_wrong_or_missing_secret_is_refused_and_links_nothing(
    client, parent, fake_telegram, secret
):
    client.force_login(parent)
    token = deep_link_token(client)
    status = fake_telegram.send_update(CHAT, f"/start {token}", client=client, secret=secret)
    assert status == 403
    assert not Contact.objects.exists()
    assert LinkToken.objects.get().used_at is None
    assert fake_telegram.messages == []


def test_a_used_token_links_nobody_else(client, parent, fake_telegram):
    client.force_login(parent)
    token = deep_link_token(client)
    fake_telegram.send_update(CHAT, f"/start {token}", client=client)
    fake_telegram.send_update(777, f"/start {token}", client=client, language_code="ru")
    assert list(Contact.objects.values_list("address", flat=True)) == [str(CHAT)]
    with translation.override("ru"):
        assert fake_telegram.inbox(777) == [replies.bad_link()]


def test_an_expired_or_made_up_token_links_nothing(client, parent, fake_telegram):
    client.force_login(parent)
    token = deep_link_token(client)
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        fake_telegram.send_update(CHAT, f"/start {token}", client=client, language_code="en")
    fake_telegram.send_update(CHAT, "/start " + "x" * 32, client=client, language_code="en")
    fake_telegram.send_update(CHAT, "/start ../../etc", client=client, language_code="en")
    assert not Contact.objects.exists()
    with translation.override("en"):
        assert fake_telegram.inbox(CHAT) == [replies.bad_link()] * 3


def test_stop_ends_it_and_withdraws_the_consent(client, linked_parent, fake_telegram):
    status = fake_telegram.send_update(CHAT, "/stop", client=client)
    assert status == 200
    contact = Contact.objects.get()
    assert contact.stopped_at is not None and contact.stop_reason == "/stop"
    assert not consents.allows(Consent.Purpose.TELEGRAM, user=linked_parent)
    with translation.override("ru"):
        assert fake_telegram.inbox(CHAT) == [replies.stopped()]


def test_anything_else_gets_the_help(client, fake_telegram):
    fake_telegram.send_update(CHAT, "Сәлем!", client=client, language_code="kk")
    fake_telegram.send_update(CHAT, "/start", client=client, language_code="xx")
    with translation.override("kk"):
        assert fake_telegram.inbox(CHAT) == [replies.help_text()] * 2


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"\xff\xfe", b"[1, 2]", b"null", b'"text"'],
)
def test_malformed_bodies_are_400_never_500(client, fake_telegram, body):
    response = client.post(
        WEBHOOK,
        body,
        content_type="application/json",
        headers={"X-Telegram-Bot-Api-Secret-Token": fake_telegram.env()["TELEGRAM_WEBHOOK_SECRET"]},
    )
    assert response.status_code == 400


@pytest.mark.parametrize(
    "update",
    [
        {},
        {"message": "hello"},
        {"message": {"chat": {"id": "12", "type": "private"}, "text": "/stop"}},
        {"message": {"chat": {"id": True, "type": "private"}, "text": "/stop"}},
        {"message": {"chat": {"id": 12, "type": "group"}, "text": "/start abc"}},
        {"message": {"chat": {"id": 12, "type": "private"}, "text": 5}},
        {"edited_message": {"chat": {"id": 12, "type": "private"}, "text": "/stop"}},
        {
            "message": {
                "chat": {"id": 12, "type": "private"},
                "from": [],
                "text": "/start " + "é" * 70,
            }
        },
    ],
)
def test_odd_updates_are_answered_200_and_change_nothing(client, fake_telegram, update):
    import json

    response = client.post(
        WEBHOOK,
        json.dumps(update),
        content_type="application/json",
        headers={"X-Telegram-Bot-Api-Secret-Token": fake_telegram.env()["TELEGRAM_WEBHOOK_SECRET"]},
    )
    assert response.status_code == 200
    assert not Contact.objects.exists()


def test_only_post(client, fake_telegram):
    assert client.get(WEBHOOK).status_code == 405


def test_without_a_bot_the_webhook_refuses(client, fake_telegram, settings):
    settings.TELEGRAM_BOT_TOKEN = ""
    assert fake_telegram.send_update(CHAT, "/stop", client=client) == 403


def test_the_command_sets_the_webhook_with_the_secret(fake_telegram, settings):
    settings.SITE_URL = "https://bilim.example.kz"
    call_command("telegram_webhook")
    assert fake_telegram.webhook == {
        "url": "https://bilim.example.kz/telegram/webhook/",
        "secret_token": fake_telegram.env()["TELEGRAM_WEBHOOK_SECRET"],
        "allowed_updates": ["message"],
    }


def test_linking_again_replaces_the_chat(client, linked_parent, fake_telegram):
    client.force_login(linked_parent)
    token = deep_link_token(client)
    fake_telegram.send_update(999, f"/start {token}", client=client)
    live = Contact.objects.filter(stopped_at__isnull=True, channel=Channel.TELEGRAM)
    assert list(live.values_list("address", flat=True)) == ["999"]


def test_old_link_tokens_are_removed(client, parent, fake_telegram):
    from messaging.tasks import remove_old_link_tokens

    client.force_login(parent)
    deep_link_token(client)
    assert remove_old_link_tokens() == 0
    with time_machine.travel(timezone.now() + timedelta(days=9)):
        assert remove_old_link_tokens() == 1
