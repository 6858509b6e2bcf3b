"""The privacy notice (a page in each language's tree, edited in the CMS)
and the consents people give to it: which version, for what, when."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from content.models.pages import BasicPage
from lms.dates import show_date
from lms.private_files import private_storage

EXPORT_TTL = timedelta(days=7)  # how long a prepared ZIP stays for download


class PrivacyNoticePage(BasicPage):
    """What the platform collects, why, where it is kept and for how long.

    ``version`` says which text a consent was given to. The editor raises it
    for a material change; signed-in people are then asked to agree again
    before they go on (``privacy.middleware``). Translations share the
    version of the page they were made from; the highest live version counts.
    """

    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        help_text=_(
            "Raise it when the change is material: everyone signed in is asked to agree "
            "to the new text before they go on. Leave it for corrections of wording."
        ),
    )

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "content/standard_page.html"
    content_panels = [*BasicPage.content_panels, FieldPanel("version")]

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")


class Consent(models.Model):
    """One consent as it was given: a person (an account, or a guest known
    by e-mail and registration), a purpose, the notice's version, the time
    and the language the notice was read in. Withdrawing keeps the record."""

    class Purpose(models.TextChoices):
        PROCESSING = "processing", _("Processing of personal data to take part")
        # Optional: asked separately, withdrawn on "My data" (privacy.consents.OPTIONAL).
        REMINDERS = "reminders", _("Reminders by SMS and messengers")
        # One per channel (messaging): nothing goes to a channel without its own.
        TELEGRAM = "telegram", _("Messages in Telegram")
        SMS = "sms", _("Messages by SMS")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="consents",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    registration = models.ForeignKey(
        "academy.Registration",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="consents",
    )
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    version = models.PositiveIntegerField(_("notice version"))
    language = models.CharField(_("language"), max_length=8)
    given_at = models.DateTimeField(_("given at"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        indexes = [models.Index(fields=["user", "purpose", "-version"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=False) | ~models.Q(email=""),
                name="consent_names_a_person",
            )
        ]

    def __str__(self):
        return f"{self.get_purpose_display()} v{self.version}"


def delete_with_files(queryset):
    """Delete rows of a model with a ``file`` field (data copies, staff
    exports), each file first, so none is left in storage; the count."""
    count = 0
    for row in queryset:
        row.file.delete(save=False)
        row.delete()
        count += 1
    return count


def _export_expiry():
    return timezone.now() + EXPORT_TTL


def _export_token():
    return secrets.token_urlsafe(32)


class DataExport(models.Model):
    """A person's request for everything the platform holds about them: an
    account holder (``user``) or a guest known by the mailbox they proved
    (``email``). The ZIP is prepared in the background, kept privately and
    reached through ``token`` from the e-mail, until ``expires_at``."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Being prepared")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="data_exports",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language"), max_length=8, default="kk")
    token = models.CharField(max_length=64, unique=True, default=_export_token, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    file = models.FileField(
        _("file"), upload_to="my-data/", storage=private_storage, max_length=255, blank=True
    )
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), default=_export_expiry, db_index=True)

    class Meta:
        verbose_name = _("personal data export")
        verbose_name_plural = _("personal data exports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.user or self.email} #{self.pk}"

    @property
    def is_ready(self):
        return self.status == self.Status.DONE and self.expires_at > timezone.now()


class AccountClosure(models.Model):
    """A person asked to close their account. It is closed (``privacy.closing``)
    once ``due_at`` has passed; until then, signing in and choosing to keep
    the account removes this row."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="closure"
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    due_at = models.DateTimeField(_("closes at"))
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        verbose_name = _("account closure")
        verbose_name_plural = _("account closures")

    def __str__(self):
        return f"{self.user_id} {show_date(self.due_at)}"
