"""Summaries the reports read, kept up to date by Celery (``reports.tasks``).

At national scale (400,000 teachers) counting enrolments on every page view
is too slow for a p95 of 300 ms, so each school's figures per course are
summed once by a periodic task and the pages add up at most 7,500 rows.
Every page shows when the summary was made.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SchoolCourseStats(models.Model):
    course_key = models.UUIDField()
    school = models.ForeignKey("directory.School", on_delete=models.CASCADE, related_name="+")
    district = models.ForeignKey("directory.District", on_delete=models.CASCADE, related_name="+")
    region = models.ForeignKey("directory.Region", on_delete=models.CASCADE, related_name="+")
    enrolled = models.PositiveIntegerField(default=0)
    active_30d = models.PositiveIntegerField(default=0)
    completed = models.PositiveIntegerField(default=0)
    certificates = models.PositiveIntegerField(default=0)
    hours_total = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    updated_at = models.DateTimeField()

    class Meta:
        verbose_name = _("school course figures")
        constraints = [
            models.UniqueConstraint(
                fields=["course_key", "school"], name="one_stats_row_per_school"
            )
        ]
        indexes = [
            models.Index(fields=["course_key", "region"]),
            models.Index(fields=["course_key", "district"]),
        ]

    def __str__(self):
        return f"{self.course_key} / {self.school_id}"


class CourseWeek(models.Model):
    """Enrolments and completions per week and district, for the trend charts."""

    course_key = models.UUIDField()
    week = models.DateField()
    district = models.ForeignKey("directory.District", on_delete=models.CASCADE, related_name="+")
    region = models.ForeignKey("directory.Region", on_delete=models.CASCADE, related_name="+")
    enrolled = models.PositiveIntegerField(default=0)
    completed = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["course_key", "week", "district"], name="one_week_row_per_district"
            )
        ]
        indexes = [models.Index(fields=["course_key", "region", "week"])]

    def __str__(self):
        return f"{self.course_key} {self.week} {self.district_id}"
