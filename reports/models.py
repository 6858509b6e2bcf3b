"""Summaries the reports read, kept up to date by Celery (``reports.tasks``).

At national scale (400,000 teachers) counting enrolments on every page view
is too slow for a p95 of 300 ms, so each school's figures per course are
summed once by a periodic task and the pages add up at most 7,500 rows.
The Parents' Academy figures (3,000,000 parents) are summed the same way,
per school and topic. Every page shows when the summary was made
(``SummaryRun``), so a place with no rows still says when it was counted.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.dates import show_datetime


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
    """Enrolments and completions per week and school, for the trend charts
    (per school, so that a school's coordinator sees only their school), and
    per district (``school`` empty), which the district, regional and
    national charts add up: a few thousand rows instead of 7,500 × weeks."""

    course_key = models.UUIDField()
    week = models.DateField()
    school = models.ForeignKey(
        "directory.School", on_delete=models.CASCADE, related_name="+", null=True
    )
    district = models.ForeignKey("directory.District", on_delete=models.CASCADE, related_name="+")
    region = models.ForeignKey("directory.Region", on_delete=models.CASCADE, related_name="+")
    enrolled = models.PositiveIntegerField(default=0)
    completed = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["course_key", "week", "school"], name="one_week_row_per_school"
            ),
            models.UniqueConstraint(
                fields=["course_key", "week", "district"],
                condition=models.Q(school__isnull=True),
                name="one_week_total_per_district",
            ),
        ]
        indexes = [
            models.Index(fields=["course_key", "region", "week"]),
            models.Index(fields=["course_key", "district", "week"]),
            models.Index(fields=["course_key", "school", "week"]),
        ]

    def __str__(self):
        return f"{self.course_key} {self.week} {self.school_id or self.district_id}"


class SchoolAcademyStats(models.Model):
    """One school's Parents' Academy figures for one topic, and (``school``
    empty) one district's, which the regional and national pages add up: a
    few thousand rows instead of 7,500 schools × topics.

    Attendance certificates belong to a programme, not to a topic, so each
    school (and district) also has one row with no topic that carries its
    certificates and its reach by channel (and nothing else): a place's
    figures are the sum of all its rows, the topic table reads only the rows
    with a topic. Definitions: ``reports.stats`` and ``reports.reach``.

    The reach columns are empty (NULL) on rows counted before they existed,
    so the page can say "not counted yet" rather than show zeros until the
    next refresh; the refresh writes numbers to every row.
    """

    topic_key = models.UUIDField(null=True, blank=True)
    school = models.ForeignKey(
        "directory.School", on_delete=models.CASCADE, related_name="+", null=True
    )
    district = models.ForeignKey("directory.District", on_delete=models.CASCADE, related_name="+")
    region = models.ForeignKey("directory.Region", on_delete=models.CASCADE, related_name="+")
    held = models.PositiveIntegerField(default=0)
    cancelled = models.PositiveIntegerField(default=0)
    registrations = models.PositiveIntegerField(default=0)
    attended = models.PositiveIntegerField(default=0)
    certificates = models.PositiveIntegerField(default=0)
    reached_email = models.PositiveIntegerField(null=True, default=0)
    reached_telegram = models.PositiveIntegerField(null=True, default=0)
    reached_sms = models.PositiveIntegerField(null=True, default=0)
    failed_telegram = models.PositiveIntegerField(null=True, default=0)
    failed_sms = models.PositiveIntegerField(null=True, default=0)
    updated_at = models.DateTimeField()

    class Meta:
        verbose_name = _("school academy figures")
        constraints = [
            models.UniqueConstraint(
                fields=["school", "topic_key"],
                condition=models.Q(topic_key__isnull=False),
                name="one_academy_row_per_school_topic",
            ),
            models.UniqueConstraint(
                fields=["school"],
                condition=models.Q(topic_key__isnull=True),
                name="one_academy_certificate_row_per_school",
            ),
            models.UniqueConstraint(
                fields=["district", "topic_key"],
                condition=models.Q(school__isnull=True, topic_key__isnull=False),
                name="one_academy_total_per_district_topic",
            ),
            models.UniqueConstraint(
                fields=["district"],
                condition=models.Q(school__isnull=True, topic_key__isnull=True),
                name="one_academy_certificate_total_per_district",
            ),
        ]
        indexes = [
            models.Index(fields=["region", "district"]),
            models.Index(fields=["district", "school"]),
        ]

    def __str__(self):
        return f"{self.school_id or self.district_id} / {self.topic_key or '-'}"


class AcademyWeek(models.Model):
    """A school's academy figures per week, for the trend charts: sessions by
    the week they were planned to start, certificates by the week of issue.
    Rows with no ``school`` are a district's totals, as in ``CourseWeek``."""

    week = models.DateField()
    school = models.ForeignKey(
        "directory.School", on_delete=models.CASCADE, related_name="+", null=True
    )
    district = models.ForeignKey("directory.District", on_delete=models.CASCADE, related_name="+")
    region = models.ForeignKey("directory.Region", on_delete=models.CASCADE, related_name="+")
    held = models.PositiveIntegerField(default=0)
    cancelled = models.PositiveIntegerField(default=0)
    registrations = models.PositiveIntegerField(default=0)
    attended = models.PositiveIntegerField(default=0)
    certificates = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["school", "week"], name="one_academy_week_per_school"),
            models.UniqueConstraint(
                fields=["district", "week"],
                condition=models.Q(school__isnull=True),
                name="one_academy_week_total_per_district",
            ),
        ]
        indexes = [
            models.Index(fields=["week"]),
            models.Index(fields=["region", "week"]),
            models.Index(fields=["district", "week"]),
        ]

    def __str__(self):
        return f"{self.week} {self.school_id or self.district_id}"


class SummaryRun(models.Model):
    """When each summary (``courses``, ``academy``) was last recounted: the
    time its refresh started, written in the transaction that replaces the
    rows. Read by every report page, since a place with no summary rows has
    no ``updated_at`` of its own, and to tell when a requested recount is done
    (``reports.freshness``)."""

    COURSES, ACADEMY = "courses", "academy"

    kind = models.CharField(max_length=16, unique=True)
    counted_at = models.DateTimeField()

    def __str__(self):
        return f"{self.kind} {show_datetime(self.counted_at)}"
