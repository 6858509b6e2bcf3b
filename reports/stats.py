"""Recompute the summaries from the source tables, in a few grouped queries."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncWeek
from django.utils import timezone

from certificates.models import Certificate
from courses.models import Enrolment

from .models import CourseWeek, SchoolCourseStats


def refresh_course_stats(now=None):
    now = now or timezone.now()
    month_ago = now - timedelta(days=30)
    grouped = (
        Enrolment.objects.filter(user__school__isnull=False)
        .values(
            "course_key", "user__school_id", "user__school__district_id", "user__school__region_id"
        )
        .annotate(
            enrolled=Count("id"),
            completed=Count("id", filter=Q(completed_at__isnull=False)),
            active=Count("id", filter=Q(last_activity_at__gte=month_ago)),
            hours=Sum("hours_done"),
        )
        .order_by()
    )
    certificates = {
        (str(row["template__course__translation_key"]), row["school_id"]): row["count"]
        for row in Certificate.objects.filter(
            status=Certificate.Status.VALID, source__startswith="course:", school__isnull=False
        )
        .values("template__course__translation_key", "school_id")
        .annotate(count=Count("id"))
        .order_by()
    }
    rows = [
        SchoolCourseStats(
            course_key=row["course_key"],
            school_id=row["user__school_id"],
            district_id=row["user__school__district_id"],
            region_id=row["user__school__region_id"],
            enrolled=row["enrolled"],
            completed=row["completed"],
            active_30d=row["active"],
            hours_total=row["hours"] or 0,
            certificates=certificates.get((str(row["course_key"]), row["user__school_id"]), 0),
            updated_at=now,
        )
        for row in grouped.iterator(chunk_size=5000)
    ]
    weeks = _weeks()
    with transaction.atomic():
        SchoolCourseStats.objects.all().delete()
        SchoolCourseStats.objects.bulk_create(rows, batch_size=2000)
        CourseWeek.objects.all().delete()
        CourseWeek.objects.bulk_create(weeks, batch_size=2000)
    return len(rows)


def _weeks():
    counts = {}
    base = Enrolment.objects.filter(user__school__isnull=False)
    for field, name in (("enrolled_at", "enrolled"), ("completed_at", "completed")):
        for row in (
            base.filter(**{f"{field}__isnull": False})
            .annotate(week=TruncWeek(field))
            .values("course_key", "week", "user__school__district_id", "user__school__region_id")
            .annotate(count=Count("id"))
            .order_by()
        ):
            key = (
                row["course_key"],
                row["week"].date() if hasattr(row["week"], "date") else row["week"],
                row["user__school__district_id"],
            )
            entry = counts.setdefault(
                key, {"region_id": row["user__school__region_id"], "enrolled": 0, "completed": 0}
            )
            entry[name] = row["count"]
    return [
        CourseWeek(
            course_key=course_key,
            week=week,
            district_id=district_id,
            region_id=values["region_id"],
            enrolled=values["enrolled"],
            completed=values["completed"],
        )
        for (course_key, week, district_id), values in counts.items()
    ]
