"""A session's meeting on BigBlueButton, the stays in it, its recordings.

- ``Meeting``: one per academy session held on our BigBlueButton servers,
  made at the first join (``webinars.meetings``). Its ``meeting_id`` carries a
  random part, so two installations sharing a server never meet in one room.
- ``Visit``: one person's stay in the room, from when the poll first saw them
  to when it saw them gone. The database keeps at most one open visit per
  registration, so two polls at once cannot count a stay twice.
- ``Recording``: what ``getRecordings`` listed for the meeting.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Meeting(models.Model):
    class State(models.TextChoices):
        CREATED = "created", _("Created")
        RUNNING = "running", _("Running")
        ENDED = "ended", _("Ended")

    session = models.OneToOneField(
        "academy.Session", on_delete=models.CASCADE, related_name="meeting"
    )
    server = models.CharField(_("server"), max_length=40)
    meeting_id = models.CharField(_("meeting ID"), max_length=100, unique=True)
    internal_meeting_id = models.CharField(max_length=100, blank=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices)
    created_at = models.DateTimeField(_("created"))
    last_polled_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    # Until when ``fetch_recordings`` keeps asking for the recording.
    recordings_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("webinar meeting")
        verbose_name_plural = _("webinar meetings")
        indexes = [models.Index(fields=["state"])]

    def __str__(self):
        return self.meeting_id

    @property
    def is_ended(self):
        return self.state == self.State.ENDED


class Visit(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="visits")
    registration = models.ForeignKey(
        "academy.Registration", on_delete=models.CASCADE, related_name="webinar_visits"
    )
    joined_at = models.DateTimeField(_("joined the room"))
    left_at = models.DateTimeField(_("left the room"), null=True, blank=True)

    class Meta:
        verbose_name = _("webinar visit")
        verbose_name_plural = _("webinar visits")
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration"],
                condition=Q(left_at__isnull=True),
                name="webinars_one_open_visit",
            ),
            models.CheckConstraint(
                condition=Q(left_at__isnull=True) | Q(left_at__gte=models.F("joined_at")),
                name="webinars_visit_leaves_after_joining",
            ),
        ]

    def __str__(self):
        return f"{self.registration_id}: {self.joined_at}–{self.left_at or ''}"


class Recording(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="recordings")
    record_id = models.CharField(_("recording ID"), max_length=200, unique=True)
    playback_url = models.URLField(_("playback"), max_length=1000)
    minutes = models.PositiveIntegerField(_("length (minutes)"), default=0)
    published = models.BooleanField(_("published"), default=False)
    found_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("webinar recording")
        verbose_name_plural = _("webinar recordings")
        ordering = ["found_at", "pk"]

    def __str__(self):
        return self.record_id
