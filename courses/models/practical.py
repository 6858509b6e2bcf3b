"""Answers to practical tasks (``PracticalTaskBlock`` in a lesson's body).

One row per enrolment and task (the lesson's ``translation_key`` and the
block's id, the same in every language), so a teacher who answers in Kazakh
and reads on in Russian keeps one answer. Written by
``courses.services.practical``: an answer to an automatically checked task is
accepted at once or refused (nothing kept); one to a reviewed task waits
(``submitted``) until a reviewer accepts it or returns it with a comment, and
a returned answer submitted again replaces the text and waits again.

``fingerprint`` is a digest of the text with case and spaces set aside: the
automatic check refuses another learner's text with one indexed lookup, and
the integrity view groups identical answers with it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_CHARS = 10_000


class PracticalSubmission(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("waiting for review")
        ACCEPTED = "accepted", _("accepted")
        RETURNED = "returned", _("returned for changes")

    class Checking(models.TextChoices):
        AUTO = "auto", _("automatically")
        REVIEWED = "reviewed", _("by a reviewer")

    enrolment = models.ForeignKey(
        "courses.Enrolment", on_delete=models.CASCADE, related_name="practical_submissions"
    )
    lesson_key = models.UUIDField()
    block_id = models.CharField(max_length=64)
    # How the task was checked when this answer was submitted.
    checking = models.CharField(_("checked"), max_length=10, choices=Checking.choices)
    text = models.TextField(_("answer"), max_length=MAX_CHARS)
    fingerprint = models.CharField(max_length=64)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED
    )
    submitted_at = models.DateTimeField(_("submitted"))
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    comment = models.TextField(_("reviewer's comment"), blank=True, max_length=2000)
    # The letter about the latest review, claimed once (``courses.tasks``).
    notice_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("practical task answer")
        verbose_name_plural = _("practical task answers")
        permissions = [("review_practicaltask", _("Can review practical tasks"))]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key", "block_id"], name="one_answer_per_task"
            ),
        ]
        indexes = [
            models.Index(fields=["lesson_key", "block_id", "fingerprint"]),
            # The reviewers' queue, oldest first.
            models.Index(
                fields=["submitted_at"],
                name="practical_review_queue",
                condition=models.Q(status="submitted", checking="reviewed"),
            ),
        ]

    def __str__(self):
        return f"{self.enrolment_id}: {self.block_id} ({self.status})"
