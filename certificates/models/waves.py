"""A wave of certificates issued from a list (``certificates.waves``).

The uploaded file is kept on the wave from the check until the last line is
issued, then cleared: the certificates are the record, and the list (names,
e-mails) is not kept longer than the work needs. ``position`` is how many of
its lines are done; each batch advances it in the same transaction that
issues the batch's certificates, so a worker killed half-way leaves the wave
where its last committed batch left it, and the retry carries on from there.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .jobs import Progress


class Wave(Progress, models.Model):
    class Status(models.TextChoices):
        CHECKED = "checked", _("Checked, waiting for confirmation")
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Issuing")
        DONE = "done", _("Done")
        # The task gave up (retries exhausted, or a line no longer checks out):
        # what it issued stays; a new upload of the same file does the rest.
        STOPPED = "stopped", _("Stopped")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    file_name = models.CharField(_("file"), max_length=255, blank=True)
    digest = models.CharField(max_length=64, blank=True)  # SHA-256 of the file
    content = models.TextField(blank=True)
    # The staff member's language: the task's messages are in it.
    language = models.CharField(_("language"), max_length=8, default="kk")
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CHECKED
    )
    total = models.PositiveIntegerField(_("lines"), default=0)
    position = models.PositiveIntegerField(default=0)
    issued = models.PositiveIntegerField(_("issued"), default=0)
    skipped = models.PositiveIntegerField(_("issued before"), default=0)
    error = models.CharField(_("error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate wave")
        verbose_name_plural = _("certificate waves")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.file_name} #{self.pk}"

    @property
    def handled(self):
        return self.position
