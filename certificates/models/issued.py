"""Issued certificates.

Guarantees held by the database, not only by code:
- one *valid* certificate per completion (a partial unique constraint on
  ``source`` where the status is valid), however many tasks race;
- numbers unique per version, allocated from a per-series-and-year counter
  inside the issuing transaction, so a rolled-back issue leaves no gap;
- an unguessable verification code, unique.
A reissue (a name corrected) keeps the number and adds a version; the old one
is kept, marked superseded, with its file.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.private_files import private_storage


def new_code():
    return secrets.token_urlsafe(18)


class NumberCounter(models.Model):
    series = models.CharField(max_length=64)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["series", "year"], name="one_counter_per_series_year")
        ]

    def __str__(self):
        return f"{self.series}{self.year}: {self.last}"


def certificate_path(certificate, filename):
    return (
        f"certificates/{certificate.issued_at:%Y/%m}/{certificate.code}-v{certificate.version}.pdf"
    )


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")

    number = models.CharField(_("number"), max_length=64, db_index=True)
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    code = models.CharField(_("verification code"), max_length=40, unique=True, default=new_code)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.VALID
    )
    # What was completed: "course:<enrolment id>" or "academy:<progress id>".
    source = models.CharField(max_length=64)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("holder"),
    )
    template = models.ForeignKey(
        "certificates.CertificateTemplate",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("template"),
    )
    # Frozen at issue: a later edit of the course or template changes nothing here.
    holder_name = models.CharField(_("holder's name"), max_length=320)
    language = models.CharField(_("language"), max_length=8)
    texts = models.JSONField(_("text in every language"), default=dict)
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=2)
    started_on = models.DateField(_("started"))
    completed_on = models.DateField(_("completed"))
    issued_at = models.DateTimeField(_("issued"))
    region = models.ForeignKey(
        "directory.Region",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
    )
    school = models.ForeignKey(
        "directory.School",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("school"),
    )
    # Private: the holder's name and school, reached only through the download view.
    pdf = models.FileField(
        _("PDF"), upload_to=certificate_path, storage=private_storage, blank=True
    )
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["source"],
                condition=Q(status="valid"),
                name="one_valid_certificate_per_completion",
            ),
            models.UniqueConstraint(
                fields=["number", "version"], name="certificate_number_version"
            ),
        ]
        indexes = [
            models.Index(fields=["template", "status"]),
            models.Index(fields=["region", "issued_at"]),
        ]

    def __str__(self):
        return f"{self.number} v{self.version}"

    @property
    def surname(self):
        return self.texts.get("surname", "")

    def text(self, language=None):
        return self.texts.get(language or self.language) or self.texts.get("kk", {})
