"""Tell Telegram where to post the bot's updates, with the webhook secret.

manage.py telegram_webhook            # SITE_URL + /telegram/webhook/
manage.py telegram_webhook --url https://bilim.example.kz/telegram/webhook/
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from messaging.errors import DeliveryError
from messaging.telegram import client


class Command(BaseCommand):
    help = "Set the Telegram bot's webhook (setWebhook) with TELEGRAM_WEBHOOK_SECRET."

    def add_arguments(self, parser):
        parser.add_argument("--url", help="the webhook's HTTPS address (default: from SITE_URL)")

    def handle(self, *args, url=None, **options):
        if not (settings.TELEGRAM_BOT_TOKEN and settings.TELEGRAM_WEBHOOK_SECRET):
            raise CommandError("Set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET first.")
        url = url or settings.SITE_URL.rstrip("/") + reverse("telegram-webhook")
        try:
            client.set_webhook(url, settings.TELEGRAM_WEBHOOK_SECRET)
        except DeliveryError as error:
            raise CommandError(f"Telegram refused: {error}") from error
        self.stdout.write(f"Webhook set: {url}")
