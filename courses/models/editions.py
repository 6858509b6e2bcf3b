"""Editions of a course: what a learner enrolled in.

A course changes while teachers study it: a methodologist adds a lesson,
changes a lesson's hours or makes a test required. Those who enrolled before
keep the course as it was when they enrolled, its *edition*: the declared
hours and, in study order, each lesson's and test's key, hours and whether
it is required. An edition never changes once written (processes cache them
by id); a change to the course makes the next one
(``courses.editions.current_edition``), and staff may move learners to it
with a letter (``courses.services.editions.move_to_current``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CourseEdition(models.Model):
    # The course's translation_key: one edition for all its languages.
    course_key = models.UUIDField(_("course (any language)"), db_index=True)
    number = models.PositiveSmallIntegerField(_("edition"))
    declared_hours = models.DecimalField(_("declared hours"), max_digits=5, decimal_places=2)
    # [{"key": translation_key, "hours": "2.50", "required": true}, ...] in study order.
    items = models.JSONField(_("lessons and tests"), default=list)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("course edition")
        verbose_name_plural = _("course editions")
        constraints = [
            models.UniqueConstraint(
                fields=["course_key", "number"], name="one_edition_number_per_course"
            ),
        ]

    def __str__(self):
        return f"{self.course_key} #{self.number}"


class EditionMove(models.Model):
    """A learner moved by staff from one edition to another, with the letter
    that told them (claimed once through ``notice_sent_at``)."""

    enrolment = models.ForeignKey(
        "courses.Enrolment", on_delete=models.CASCADE, related_name="edition_moves"
    )
    from_edition = models.ForeignKey(
        CourseEdition, on_delete=models.PROTECT, null=True, related_name="+"
    )
    to_edition = models.ForeignKey(CourseEdition, on_delete=models.PROTECT, related_name="+")
    moved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    moved_at = models.DateTimeField(_("moved"))
    note = models.TextField(_("note to the learners"), blank=True, max_length=1000)
    notice_sent_at = models.DateTimeField(_("letter sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("move to another edition")
        verbose_name_plural = _("moves to another edition")

    def __str__(self):
        return f"{self.enrolment_id}: {self.from_edition_id} -> {self.to_edition_id}"
