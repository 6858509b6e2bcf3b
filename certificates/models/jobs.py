"""Regenerating the PDFs of a template's certificates after the template is fixed.

A job covers the certificates that were valid when it was requested (up to
``last_certificate_id``), so its total does not drift while new ones are
issued: those are rendered with the fixed template anyway. Each certificate
done gets a ``RegenerationItem``, unique per job, which is what makes the task
safe to run twice: a second run skips what the first finished. The item also
keeps the name of the file it replaced; old files are never deleted.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Progress:
    """What a background job's page shows: whether it still runs, and how far
    it is, from ``handled`` (how many of ``total`` are behind it)."""

    @property
    def is_active(self):
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    @property
    def percent(self):
        if not self.total:
            return 100 if self.status == self.Status.DONE else 0
        return min(100, round(100 * self.handled / self.total))


class RegenerationJob(Progress, models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        # The task gave up after its retries (database down, storage full...):
        # the job no longer blocks a new one, which picks up where this stopped.
        STOPPED = "stopped", _("Stopped after errors")

    template = models.ForeignKey(
        "certificates.CertificateTemplate",
        on_delete=models.CASCADE,
        related_name="regeneration_jobs",
        verbose_name=_("template"),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    last_certificate_id = models.PositiveBigIntegerField(default=0)
    total = models.PositiveIntegerField(_("total"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("regeneration job")
        verbose_name_plural = _("regeneration jobs")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.template} #{self.pk}"

    @property
    def handled(self):
        return self.done + self.failed


class RegenerationItem(models.Model):
    """One certificate handled by a job: its new file, or why it failed."""

    job = models.ForeignKey(RegenerationJob, on_delete=models.CASCADE, related_name="items")
    certificate = models.ForeignKey(
        "certificates.Certificate", on_delete=models.CASCADE, related_name="regenerations"
    )
    ok = models.BooleanField(default=True)
    old_pdf = models.CharField(max_length=255, blank=True)
    new_pdf = models.CharField(max_length=255, blank=True)
    error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["job", "certificate"], name="one_regeneration_per_job_certificate"
            )
        ]

    def __str__(self):
        return f"{self.job_id}: {self.certificate_id}"
