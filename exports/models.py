"""One export a person asked for: what, for whom, how far it has come, and the file."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.private_files import private_storage

TTL = timedelta(days=7)  # how long a finished file stays for download


def _expiry():
    return timezone.now() + TTL


class ExportJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"
        ZIP = "zip", "ZIP"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="export_jobs",
        verbose_name=_("requested by"),
    )
    kind = models.CharField(_("kind"), max_length=64)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=10, default="kk")
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    rows_done = models.PositiveIntegerField(_("rows written"), default=0)
    rows_total = models.PositiveIntegerField(_("rows expected"), null=True, blank=True)
    # Private: lists of people, reached only through the download view.
    file = models.FileField(
        _("file"), upload_to="exports/", storage=private_storage, max_length=255, blank=True
    )
    error = models.CharField(_("error"), max_length=500, blank=True)
    # Each delivery of the task claims the job with a new token; progress and the
    # finish are written only under the latest token, so a duplicate run cannot
    # overwrite a newer one. ``attempts`` bounds redeliveries after lost workers.
    run_token = models.CharField(max_length=32, blank=True, editable=False)
    attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    # The client's address when asked, for the audit record of the prepared file.
    address = models.GenericIPAddressField(_("client address"), null=True, blank=True)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True, editable=False)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), default=_expiry, db_index=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "-created_at"], name="exports_user_recent")]

    def __str__(self):
        return f"{self.kind} #{self.pk}"

    def get_absolute_url(self):
        return reverse("exports:job", args=[self.pk])

    @property
    def format(self):
        return self.params.get("format", self.Format.CSV)

    @property
    def is_active(self):
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    @property
    def percent(self):
        if not self.rows_total:
            return 100 if self.status == self.Status.DONE else None
        return min(100, round(100 * self.rows_done / self.rows_total))

    @property
    def filename(self):
        return self.file.name.rsplit("/", 1)[-1] if self.file else ""
