"""Recompute the summaries from the source tables, in a few grouped queries.

Parents' Academy definitions (shown on the report page too):

- *held*: a session not cancelled whose start time has passed
  (``academy.stats.held``, so the report agrees with the coordinator's page);
- *cancelled*: a cancelled session whose planned start has passed, so that
  held + cancelled are the sessions planned up to now;
- *registrations*: confirmed seats at held sessions (not the waiting list,
  not cancelled registrations);
- *attended*: those of them marked present or late;
- *attendance rate*: attended / registrations;
- *certificates*: valid attendance certificates (source ``academy:``), by the
  school on the certificate.

Sessions count in the week they were planned to start, certificates in the
week they were issued. Reach by channel (``reports.reach``) sits with the
certificates on each school's row with no topic and has no weeks.
"""

from datetime import timedelta

from django.db import connection, transaction
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncWeek
from django.utils import timezone

from academy import stats as academy_stats
from academy.models import Session
from certificates.models import Certificate
from courses.models import Enrolment

from . import reach
from .models import AcademyWeek, CourseWeek, SchoolAcademyStats, SchoolCourseStats, SummaryRun


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
        _counted(SummaryRun.COURSES, now)
    _analyze(SchoolCourseStats, CourseWeek)
    return len(rows)


def _counted(kind, now):
    """Record when ``kind`` was counted, with the rows it replaced: every
    place, also one with no rows, then shows that time."""
    SummaryRun.objects.update_or_create(kind=kind, defaults={"counted_at": now})


def _analyze(*models):
    """Fresh planner statistics for tables just replaced whole, so the report
    pages use their indexes at once rather than after autovacuum's next visit."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for model in models:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def _weeks():
    counts = {}
    base = Enrolment.objects.filter(user__school__isnull=False)
    place = ("user__school_id", "user__school__district_id", "user__school__region_id")
    for field, name in (("enrolled_at", "enrolled"), ("completed_at", "completed")):
        for row in (
            base.filter(**{f"{field}__isnull": False})
            .annotate(week=TruncWeek(field))
            .values("course_key", "week", *place)
            .annotate(count=Count("id"))
            .order_by()
        ):
            key = (
                row["course_key"],
                row["week"].date() if hasattr(row["week"], "date") else row["week"],
                row["user__school_id"],
            )
            entry = counts.setdefault(
                key,
                {
                    "district_id": row["user__school__district_id"],
                    "region_id": row["user__school__region_id"],
                    "enrolled": 0,
                    "completed": 0,
                },
            )
            entry[name] = row["count"]
    rows, districts = [], {}
    for (course_key, week, school_id), values in counts.items():
        rows.append(CourseWeek(course_key=course_key, week=week, school_id=school_id, **values))
        total = districts.setdefault(
            (course_key, week, values["district_id"]),
            {"region_id": values["region_id"], "enrolled": 0, "completed": 0},
        )
        total["enrolled"] += values["enrolled"]
        total["completed"] += values["completed"]
    rows += [
        CourseWeek(course_key=course_key, week=week, district_id=district_id, **values)
        for (course_key, week, district_id), values in districts.items()
    ]
    return rows


ACADEMY_FIGURES = ("held", "cancelled", "registrations", "attended", "certificates")
_PLACE = ("school_id", "school__district_id", "school__region_id")


def _week(value):
    return value.date() if hasattr(value, "date") else value


def _academy_groups(now):
    """Three grouped queries, each by school, topic and week."""
    by_place = (*_PLACE, "topic_key")
    held = (
        academy_stats.held(Session.objects.all(), now)
        .values(*by_place, week=TruncWeek("starts_at"))
        .annotate(
            held=Count("pk", distinct=True),
            # Not "registrations": that name is the relation.
            seats=Count("registrations", filter=academy_stats.CONFIRMED),
            attended=Count("registrations", filter=academy_stats.ATTENDED),
        )
    )
    cancelled = (
        Session.objects.filter(status=Session.Status.CANCELLED, starts_at__lte=now)
        .values(*by_place, week=TruncWeek("starts_at"))
        .annotate(cancelled=Count("pk"))
    )
    certificates = (
        Certificate.objects.filter(
            status=Certificate.Status.VALID, source__startswith="academy:", school__isnull=False
        )
        .values(*_PLACE, week=TruncWeek("issued_at"))
        .annotate(certificates=Count("pk"))
    )
    return [query.order_by() for query in (held, cancelled, certificates)]


def _academy_sums(now):
    """``{(school, topic): figures}``, ``{(school, week): figures}`` and
    ``{school: ids of its school, district and region}``."""
    by_topic, by_week, places = {}, {}, {}
    for query in _academy_groups(now):
        for row in query.iterator(chunk_size=5000):
            school = row.pop("school_id")
            places[school] = {
                "school_id": school,
                "district_id": row.pop("school__district_id"),
                "region_id": row.pop("school__region_id"),
            }
            if "seats" in row:
                row["registrations"] = row.pop("seats")
            keys = (
                (by_topic, (school, row.pop("topic_key", None))),
                (by_week, (school, _week(row.pop("week")))),
            )
            for table, key in keys:
                entry = table.setdefault(key, dict.fromkeys(ACADEMY_FIGURES, 0))
                for name, value in row.items():
                    entry[name] += value
    return by_topic, by_week, places


def _add_reach(by_topic, places):
    """Each school's reach by channel onto its row with no topic (made if
    the school has no certificates), and the schools reached to ``places``."""
    for school, (place, figures) in reach.by_school().items():
        places.setdefault(school, place)
        by_topic.setdefault((school, None), dict.fromkeys(ACADEMY_FIGURES, 0)).update(figures)


def _district_totals(table, places):
    """``{(school, key): figures}`` summed to ``{(district, key): figures}``."""
    totals = {}
    for (school, key), figures in table.items():
        entry = totals.setdefault((places[school]["district_id"], key), {})
        for name, value in figures.items():
            entry[name] = entry.get(name, 0) + value
    return totals


def refresh_academy_stats(now=None):
    """Recount both academy summaries from five grouped queries (three for
    the figures, two for reach by channel), add the per-district totals, and
    replace them in one transaction; returns the number of school rows."""
    now = now or timezone.now()
    by_topic, by_week, places = _academy_sums(now)
    _add_reach(by_topic, places)
    regions = {place["district_id"]: place["region_id"] for place in places.values()}
    rows = [
        SchoolAcademyStats(topic_key=topic, **places[school], **figures, updated_at=now)
        for (school, topic), figures in by_topic.items()
    ]
    schools = len(rows)
    rows += [
        SchoolAcademyStats(
            topic_key=topic,
            district_id=district,
            region_id=regions[district],
            **figures,
            updated_at=now,
        )
        for (district, topic), figures in _district_totals(by_topic, places).items()
    ]
    weeks = [
        AcademyWeek(week=week, **places[school], **figures)
        for (school, week), figures in by_week.items()
    ]
    weeks += [
        AcademyWeek(week=week, district_id=district, region_id=regions[district], **figures)
        for (district, week), figures in _district_totals(by_week, places).items()
    ]
    with transaction.atomic():
        SchoolAcademyStats.objects.all().delete()
        SchoolAcademyStats.objects.bulk_create(rows, batch_size=2000)
        AcademyWeek.objects.all().delete()
        AcademyWeek.objects.bulk_create(weeks, batch_size=2000)
        _counted(SummaryRun.ACADEMY, now)
    _analyze(SchoolAcademyStats, AcademyWeek)
    return schools
