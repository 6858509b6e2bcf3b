"""What a school schedules and what parents do: sessions, registrations,
attendance. Plain rows, language-independent.

Guarantees held by the database:
- one active registration per person (e-mail) and session (a partial unique
  constraint: a cancelled one may be followed by a new one); a walk-in the
  coordinator added without an e-mail is outside it;
- one attendance row per registration;
- a session ends after it starts and has at least one seat.
Capacity itself is kept by ``academy.services``, which locks the session row.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lms.dates import show_datetime


def new_secret():
    return secrets.token_hex(16)


class Session(models.Model):
    class Format(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")
        BOTH = "both", _("In person and online")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    school = models.ForeignKey(
        "directory.School",
        on_delete=models.PROTECT,
        related_name="academy_sessions",
        verbose_name=_("school"),
    )
    # The topic and its programme in every language; ``topic`` is the source
    # page, kept for display and admin links.
    topic_key = models.UUIDField(_("topic"), db_index=True)
    programme_key = models.UUIDField(_("programme"), db_index=True)
    topic = models.ForeignKey(
        "academy.TopicPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("topic page"),
    )
    format = models.CharField(_("format"), max_length=12, choices=Format.choices)
    meeting_url = models.URLField(_("meeting link"), blank=True)
    # The key of a BigBlueButton server in BBB_SERVERS (``webinars``): the
    # platform then holds the meeting itself and counts minutes in the room;
    # empty: ``meeting_url`` is an external link.
    webinar_server = models.CharField(
        _("BigBlueButton server"), max_length=40, blank=True, default="", db_default=""
    )
    room = models.CharField(_("room"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveIntegerField(_("seats"))
    facilitator = models.CharField(_("facilitator"), max_length=200)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED
    )
    recording_url = models.URLField(_("recording"), blank=True)
    checkin_secret = models.CharField(max_length=64, default=new_secret, editable=False)
    # Bumped when the time or place changes or the session is cancelled, so
    # calendars replace the event they already hold (RFC 5545 SEQUENCE).
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("academy session")
        verbose_name_plural = _("academy sessions")
        indexes = [
            models.Index(fields=["school", "starts_at"]),
            models.Index(fields=["status", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="academy_session_ends_after"
            ),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="academy_session_has_seats"),
        ]

    def __str__(self):
        topic = self.topic.title if self.topic else self.topic_key
        return f"{topic} · {show_datetime(self.starts_at)}"

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def is_online(self):
        return self.format in (self.Format.ONLINE, self.Format.BOTH)

    @property
    def on_webinar(self):
        """Held online on one of our BigBlueButton servers."""
        return self.is_online and bool(self.webinar_server)

    @property
    def is_in_person(self):
        return self.format in (self.Format.IN_PERSON, self.Format.BOTH)

    @property
    def hours(self):
        return (self.ends_at - self.starts_at).total_seconds() / 3600

    def stage(self, now=None):
        """What the session is now, for people, in the words of the teacher
        course's live sessions (``courses.models.live``): "scheduled" only
        while it is ahead, "running" while it is on, then "held" once anyone
        on the register has a mark and "unmarked" until then. Lists annotate
        ``has_marks`` (``with_marks``) to spare a query per session."""
        now = now or timezone.now()
        if self.is_cancelled:
            return self.Status.CANCELLED
        if now < self.starts_at:
            return self.Status.SCHEDULED
        if now < self.ends_at:
            return "running"
        marked = getattr(self, "has_marks", None)
        if marked is None:
            marked = self.registrations.filter(
                status=Registration.Status.CONFIRMED, attendance__mark__gt=""
            ).exists()
        return "held" if marked else "unmarked"

    @property
    def stage_label(self):
        return STAGE_LABELS[self.stage()]


def with_marks(sessions):
    """Annotate ``has_marks`` for ``Session.stage`` on a queryset."""
    marks = Attendance.objects.filter(
        registration__session=models.OuterRef("pk"),
        registration__status=Registration.Status.CONFIRMED,
    ).exclude(mark="")
    return sessions.annotate(has_marks=models.Exists(marks))


STAGE_LABELS = {
    Session.Status.SCHEDULED: _("Scheduled"),
    Session.Status.CANCELLED: _("Cancelled"),
    "running": _("Under way"),
    "held": _("Held"),
    "unmarked": _("Not marked yet"),
}


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")

    ACTIVE = (Status.CONFIRMED, Status.WAITLISTED)

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("session")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="academy_registrations",
        verbose_name=_("account"),
    )
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=200)
    # Empty only for a walk-in added without an e-mail: no letters, no certificate.
    email = models.EmailField(_("e-mail address"), blank=True)
    language = models.CharField(_("language of letters"), max_length=8, default="kk")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # Each letter is claimed (NULL → now) before it is sent, so none goes twice.
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    waitlist_sent_at = models.DateTimeField(null=True, blank=True)
    moved_up_sent_at = models.DateTimeField(null=True, blank=True)
    cancellation_sent_at = models.DateTimeField(null=True, blank=True)
    reminder_24h_sent_at = models.DateTimeField(null=True, blank=True)
    reminder_1h_sent_at = models.DateTimeField(null=True, blank=True)
    # The session's ``sequence`` the last "session changed" letter told about:
    # claimed (raised) before that letter is sent, so each change goes once.
    change_notified = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    # Came without registering; added to the register by the coordinator.
    walk_in = models.BooleanField(_("walk-in"), default=False, db_default=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("academy registration")
        verbose_name_plural = _("academy registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "email"],
                condition=~Q(status="cancelled") & ~Q(email=""),
                name="academy_one_active_registration",
            ),
        ]
        indexes = [
            models.Index(fields=["email", "status"]),
            models.Index(fields=["session", "status", "created_at"]),
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    @property
    def is_confirmed(self):
        return self.status == self.Status.CONFIRMED


class Attendance(models.Model):
    class Mark(models.TextChoices):
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        EXCUSED = "excused", _("Excused")
        ABSENT = "absent", _("Absent")

    class Source(models.TextChoices):
        SELF = "self", _("Self check-in")
        JOIN = "join", _("Joined online")
        COORDINATOR = "coordinator", _("Coordinator")
        WEBINAR = "webinar", _("Stayed online")

    # Marks that count towards the certificate.
    ATTENDED = (Mark.PRESENT, Mark.LATE)

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="attendance"
    )
    # Empty until someone (or a rule) decides: a late online join is recorded
    # with its time and left for the coordinator.
    mark = models.CharField(_("mark"), max_length=10, choices=Mark.choices, blank=True)
    source = models.CharField(_("marked by"), max_length=12, choices=Source.choices, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    joined_at = models.DateTimeField(_("joined online"), null=True, blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    marked_at = models.DateTimeField(null=True, blank=True)
    # Minutes in the BigBlueButton room within the session's time, written by
    # ``webinars.presence`` as it follows the meeting; None: never joined
    # there (or not a webinar). Kept here so registers read it with the mark.
    online_minutes = models.PositiveIntegerField(_("minutes online"), null=True, blank=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        indexes = [models.Index(fields=["mark"])]

    def __str__(self):
        return f"{self.registration}: {self.mark or '-'}"

    @property
    def attended(self):
        return self.mark in self.ATTENDED
