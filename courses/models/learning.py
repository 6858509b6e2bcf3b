"""What the platform records about each learner.

Progress is keyed by the pages' ``translation_key`` rather than their ids:
a course and its Russian and English translations are different pages with
one key, so a teacher who enrols in Kazakh and reads on in Russian keeps one
enrolment and one record of progress. The keys of everything done are also
kept on the enrolment (``done``), so the outline of a course can be drawn
for a learner without a query per lesson. Uniqueness constraints make
concurrent writes safe: one enrolment per person and course, one progress
row per lesson, one attempt per number.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="enrolments"
    )
    course_key = models.UUIDField(_("course (any language)"), db_index=True)
    # The edition of the course this learner studies (``courses.editions``);
    # empty only for enrolments made before editions existed, pinned at their
    # next step.
    edition = models.ForeignKey(
        "courses.CourseEdition",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="enrolments",
        verbose_name=_("edition"),
    )
    done = models.JSONField(_("lessons and tests done"), default=list)
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    hours_done = models.DecimalField(
        _("hours done"), max_digits=6, decimal_places=2, default=Decimal("0")
    )
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # The hours credited on the latest day with a credit (in Asia/Almaty), kept
    # with ``done`` so pages show today's allowance without reading the ledger
    # (``HoursCredit``, which the daily limit is enforced from).
    credit_day = models.DateField(_("last day with credited hours"), null=True, blank=True)
    credit_day_hours = models.DecimalField(
        _("hours credited that day"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("0"),
        db_default=Decimal("0"),  # rows written by raw SQL (benchmarks, older app versions)
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="one_enrolment_per_course"),
        ]
        indexes = [
            models.Index(fields=["course_key", "completed_at"]),
            models.Index(fields=["course_key", "last_activity_at"]),
        ]

    def __str__(self):
        return f"{self.user} → {self.course_id}"


class HoursCredit(models.Model):
    """The ledger of credited academic hours: one row per lesson or test done,
    with the calendar day (in Asia/Almaty, ``settings.TIME_ZONE``) it was
    credited on. The daily limit (``CoursePage.daily_hours_cap``) is counted
    from it, and the certificate's period runs from its first day to its last.
    Written by ``courses.services`` together with ``Enrolment.done``."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="credits")
    # The translation_key of the lesson or test.
    item_key = models.UUIDField()
    hours = models.DecimalField(
        _("academic hours"), max_digits=5, decimal_places=2, default=Decimal("0")
    )
    day = models.DateField(_("day credited"))
    credited_at = models.DateTimeField(_("credited"))

    class Meta:
        verbose_name = _("credited hours")
        verbose_name_plural = _("credited hours")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "item_key"], name="one_credit_per_item"),
        ]
        indexes = [models.Index(fields=["enrolment", "day"])]

    def __str__(self):
        return f"{self.enrolment_id}: {self.item_key} {self.hours} h on {self.day}"


class LessonProgress(models.Model):
    """Evidence of study: when the lesson was first opened, how many capped
    heartbeats came, the active time they add up to, and when it was done."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="lessons")
    lesson_key = models.UUIDField()
    started_at = models.DateTimeField(_("first opened"))
    last_beat_at = models.DateTimeField(_("last heartbeat"))
    beats = models.PositiveIntegerField(_("heartbeats"), default=0)
    # Fractions kept: heartbeats a second apart must add up to wall-clock time.
    active_seconds = models.FloatField(_("active seconds"), default=0)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # Attention checks (courses.attention): asked once active time reaches
    # ``check_due_seconds`` (0: none due); while one is open (``check_open_since``)
    # heartbeats credit nothing.
    # Database defaults too: rows written by raw SQL (benchmarks, older app versions).
    check_due_seconds = models.FloatField(_("next attention check at (s)"), default=0, db_default=0)
    check_open_since = models.DateTimeField(_("attention check open since"), null=True, blank=True)
    checks_passed = models.PositiveSmallIntegerField(
        _("attention checks answered"), default=0, db_default=0
    )
    checks_failed = models.PositiveSmallIntegerField(
        _("attention checks missed"), default=0, db_default=0
    )

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key"], name="one_progress_per_lesson"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment_id}: {self.lesson_key} ({self.active_seconds:.0f} s)"


class ReflectionAnswer(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="reflections")
    lesson_key = models.UUIDField()
    block_id = models.CharField(max_length=64)
    text = models.TextField(_("answer"), max_length=5000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key", "block_id"], name="one_answer_per_reflection"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment_id}: {self.block_id}"


class Attempt(models.Model):
    """One try at a test. ``questions`` freezes what was drawn and in which
    order the options were shown; ``answers`` what was submitted."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    assessment_key = models.UUIDField()
    # The page (in the learner's language) whose questions were drawn.
    assessment = models.ForeignKey(
        "courses.AssessmentPage", on_delete=models.CASCADE, related_name="+"
    )
    number = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField()
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    questions = models.JSONField(default=list)
    answers = models.JSONField(default=dict)
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("test attempt")
        verbose_name_plural = _("test attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "assessment_key", "number"], name="attempt_numbers_unique"
            ),
        ]
        indexes = [models.Index(fields=["enrolment", "passed"])]

    def __str__(self):
        return f"{self.enrolment_id}: {self.assessment_key} #{self.number}"
