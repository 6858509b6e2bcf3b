"""Live sessions of a lesson (webinars with a trainer) and who attended.

A lesson's ``live_session`` block says what the session is about and how
long it lasts; the dates are rows here, scheduled by staff with the
``run_live_sessions`` permission, keyed like progress by the lesson's
``translation_key`` (and the block's id, the same in every translation), so
one session serves the lesson in every language.

A module of its own: written only by ``courses.services.live`` and the
admin's register, apart from the rest of the learner's evidence.

Attendance is marked by the facilitator for now; ``joined_at`` (the
platform's join link) and ``minutes`` are where a meeting server's own
figures (BigBlueButton, issue #18) will land.
"""

from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from courses.blocks import LANGUAGE_CHOICES
from lms.dates import show_datetime

from .learning import Enrolment

# The join link is offered from this long before the start to the end.
JOIN_OPENS_BEFORE = timedelta(minutes=15)


class LiveSession(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", pgettext_lazy("live session status", "Cancelled")

    lesson_key = models.UUIDField(_("lesson (any language)"), db_index=True)
    # The lesson's ``live_session`` stream block.
    block_id = models.CharField(_("live session block"), max_length=64)
    starts_at = models.DateTimeField(_("starts"))
    minutes = models.PositiveSmallIntegerField(
        _("length (minutes)"), validators=[MinValueValidator(1), MaxValueValidator(8 * 60)]
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES, default="kk")
    meeting_url = models.URLField(
        _("meeting link"),
        max_length=500,
        help_text=_(
            "The Zoom, Google Meet or BigBlueButton link. Learners reach it only through the "
            "platform, from 15 minutes before the start."
        ),
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="live_sessions",
        verbose_name=_("facilitator"),
    )
    capacity = models.PositiveIntegerField(_("seats"), default=100)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")
        permissions = [("run_live_sessions", _("Can schedule and run live sessions"))]
        indexes = [models.Index(fields=["lesson_key", "block_id", "starts_at"])]
        constraints = [
            models.CheckConstraint(condition=Q(capacity__gte=1), name="live_session_has_seats"),
            models.CheckConstraint(condition=Q(minutes__gte=1), name="live_session_has_minutes"),
        ]

    def __str__(self):
        return f"{show_datetime(self.starts_at)} ({self.get_language_display()})"

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.minutes)

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    def join_opens_at(self):
        return self.starts_at - JOIN_OPENS_BEFORE

    def stage(self, now=None):
        """What the session is now, for people: "scheduled" only while it is
        ahead; a session whose time has passed is "held" once its register
        is saved and "not marked yet" until then."""
        now = now or timezone.now()
        if self.status in (self.Status.CANCELLED, self.Status.HELD):
            return self.status
        if now < self.starts_at:
            return self.Status.SCHEDULED
        return "running" if now < self.ends_at else "unmarked"

    def stage_label(self, now=None):
        return STAGE_LABELS[self.stage(now)]


STAGE_LABELS = {
    LiveSession.Status.SCHEDULED: _("Scheduled"),
    LiveSession.Status.HELD: _("Held"),
    LiveSession.Status.CANCELLED: pgettext_lazy("live session status", "Cancelled"),
    "running": _("Under way"),
    "unmarked": _("Not marked yet"),
}


class LiveAttendance(models.Model):
    """A learner's seat at a session and, once the facilitator has marked
    the register, whether they were there and for how many minutes."""

    session = models.ForeignKey(
        LiveSession,
        on_delete=models.CASCADE,
        related_name="attendances",
        verbose_name=_("live session"),
    )
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="live_attendances"
    )
    registered_at = models.DateTimeField(_("registered"))
    # The first time the learner followed the platform's join link.
    joined_at = models.DateTimeField(_("joined"), null=True, blank=True)
    # None until the facilitator marks the register.
    present = models.BooleanField(_("present"), null=True, blank=True)
    minutes = models.PositiveSmallIntegerField(
        _("minutes attended"), null=True, blank=True, validators=[MaxValueValidator(8 * 60)]
    )
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    marked_at = models.DateTimeField(_("marked"), null=True, blank=True)

    class Meta:
        ordering = ["registered_at", "pk"]
        verbose_name = _("live session attendance")
        verbose_name_plural = _("live session attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "enrolment"], name="one_attendance_per_session"
            ),
        ]
        indexes = [models.Index(fields=["enrolment", "present"])]

    def __str__(self):
        return f"{self.enrolment_id} @ {self.session_id}: {self.present}"
