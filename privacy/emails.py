"""The letter with the link to a prepared data export, in the person's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _


def export_link(export):
    with translation.override(export.language):
        path = reverse("privacy:download", args=[export.token])
    return settings.SITE_URL.rstrip("/") + path


def send_export_ready(export):
    to = export.user.email if export.user else export.email
    with translation.override(export.language or settings.LANGUAGE_CODE):
        message = EmailMessage(
            subject=_("Your data from Bilim is ready"),
            body=render_to_string(
                "privacy/email/export_ready.txt",
                {"export": export, "link": export_link(export)},
            ),
            to=[to],
        )
    message.send()
