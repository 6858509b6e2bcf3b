"""The audit trail of staff access to personal data: append-only.

One ``AccessRecord`` per read (a page of a learner list, a register, a
download, a prepared export): who, in which role and scope, what, how many
rows, when, from which address. Its ``AccessSubject`` rows name whose data
it was (an account's id, or a guest registration's id), so that a person's
copy of their data holds the entries about them. Subjects and the actor are
plain ids, not foreign keys with constraints: an account closed or a guest
registration deleted leaves the trail as it was.

Nothing updates or deletes a record: the model and its queryset refuse, the
admin routes no edit or delete view, and on PostgreSQL a trigger refuses
UPDATE always and DELETE except inside ``purging()``, the retention rule's
transaction (``audit.trail.purge``).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnly(Exception):
    """An audit record cannot change or go, except by the retention rule."""


_purging = ContextVar("audit_purging", default=False)


@contextmanager
def purging():
    """The one way to delete: the retention rule, inside a transaction that
    the database trigger recognises (``SET LOCAL audit.purge``)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL audit.purge = 'on'")
        token = _purging.set(True)
        try:
            yield
        finally:
            _purging.reset(token)


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnly("Audit records are never changed.")

    def delete(self):
        if not _purging.get():
            raise AppendOnly("Audit records are deleted only by the retention rule.")
        return super().delete()


class AppendOnlyModel(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnly("Audit records are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("Audit records are deleted only by the retention rule.")


class AccessRecord(AppendOnlyModel):
    class What(models.TextChoices):
        REPORT_LEARNERS = "report_learners", _("Report: learners of a school")
        REPORT_LEARNERS_EXPORT = "report_learners_export", _("Report: learner list download")
        BACKGROUND_EXPORT = "background_export", _("Export prepared in the background")
        ACADEMY_REGISTER = "academy_register", _("Academy: session register")
        ACADEMY_REGISTER_EXPORT = "academy_register_export", _("Academy: register download")
        CERTIFICATE_REGISTRY = "certificate_registry", _("Certificate registry")
        CERTIFICATE_REGISTRY_EXPORT = (
            "certificate_registry_export",
            _("Certificate registry download"),
        )
        CERTIFICATE = "certificate", _("Certificate in the registry")
        CERTIFICATE_PDF = "certificate_pdf", _("A certificate's PDF, opened by staff")
        CERTIFICATES_ZIP = "certificates_zip", _("Certificates as a ZIP of PDFs")
        ADMIN_LEARNERS = "admin_learners", _("Admin: learners")
        ADMIN_LEARNER = "admin_learner", _("Admin: one learner")
        ADMIN_USERS = "admin_users", _("Admin: users")
        ADMIN_USER = "admin_user", _("Admin: one user")
        PRACTICAL_TASKS = "practical_tasks", _("Admin: practical tasks to review")
        INTEGRITY = "integrity", _("Admin: unusual evidence")
        LIVE_REGISTER = "live_register", _("Admin: a lesson's live session register")
        DELIVERY_LOG = "delivery_log", _("Admin: log of messages by Telegram and SMS")
        DELIVERY = "delivery", _("Admin: one message of the log")
        AUDIT_EXPORT = "audit_export", _("Audit trail download")

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
        verbose_name=_("staff member"),
    )
    role = models.CharField(_("role"), max_length=200, blank=True)
    scope = models.CharField(_("scope"), max_length=40, blank=True)
    what = models.CharField(_("what"), max_length=40, choices=What.choices, db_index=True)
    detail = models.CharField(_("detail"), max_length=500, blank=True)
    rows = models.PositiveIntegerField(_("rows"))
    address = models.GenericIPAddressField(_("client address"), null=True, blank=True)

    class Meta:
        verbose_name = _("access record")
        verbose_name_plural = _("access records")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_what_display()} · {self.rows}"


class AccessSubject(AppendOnlyModel):
    """Whose data one record showed: an account, or a guest's registration."""

    record = models.ForeignKey(AccessRecord, on_delete=models.CASCADE, related_name="subjects")
    user_id = models.BigIntegerField(null=True, db_index=True)
    registration_id = models.BigIntegerField(null=True, db_index=True)

    class Meta:
        verbose_name = _("access subject")
        verbose_name_plural = _("access subjects")

    def __str__(self):
        return f"user {self.user_id} · registration {self.registration_id}"
