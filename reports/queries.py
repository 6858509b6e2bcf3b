"""Report figures by level, read from the summaries in a constant number of queries."""

from dataclasses import dataclass

from django.db.models import Max, Sum

from courses.models import Enrolment
from directory.models import District, Region, School

from .models import CourseWeek, SchoolCourseStats

FIGURES = ("enrolled", "active_30d", "completed", "certificates")


@dataclass
class Place:
    level: str  # the level whose children are listed: national, region, district, school
    region: Region | None = None
    district: District | None = None
    school: School | None = None

    @property
    def ids(self):
        return {
            "region_id": self.region.pk if self.region else None,
            "district_id": self.district.pk if self.district else None,
            "school_id": self.school.pk if self.school else None,
        }


def place_from(params):
    """The place a request asks for, most specific wins; None if an id is unknown."""

    def number(name):
        try:
            return int(params.get(name) or 0) or None
        except (TypeError, ValueError):
            return None

    if number("school"):
        school = (
            School.objects.select_related("district", "region").filter(pk=number("school")).first()
        )
        return school and Place("school", school.region, school.district, school)
    if number("district"):
        district = District.objects.select_related("region").filter(pk=number("district")).first()
        return district and Place("district", district.region, district)
    if number("region"):
        region = Region.objects.filter(pk=number("region")).first()
        return region and Place("region", region)
    return Place("national")


def place_for_scope(scope):
    if scope.level == "national":
        return Place("national")
    return place_from(
        {"region": scope.region_id, "district": scope.district_id, "school": scope.school_id}
    )


def _rows(stats, group, names):
    rows = []
    for row in (
        stats.values(group)
        .annotate(**{name: Sum(name) for name in FIGURES}, hours=Sum("hours_total"))
        .order_by()
    ):
        rows.append(_with_average({"id": row[group], "name": names.get(row[group], "?"), **row}))
    rows.sort(key=lambda r: str(r["name"]))
    return rows


def _with_average(row):
    row["average_hours"] = (
        round(float(row["hours"] or 0) / row["enrolled"], 1) if row["enrolled"] else 0
    )
    return row


def course_rows(course_key, place):
    """Rows for the children of ``place`` (regions, districts or schools) and the total."""
    stats = SchoolCourseStats.objects.filter(course_key=course_key)
    if place.level == "national":
        group, names = "region", {r.pk: r.name for r in Region.objects.all()}
    elif place.level == "region":
        stats = stats.filter(region=place.region)
        group, names = (
            "district",
            {d.pk: d.name for d in District.objects.filter(region=place.region)},
        )
    elif place.level == "district":
        stats = stats.filter(district=place.district)
        group, names = (
            "school",
            {s.pk: s.name for s in School.objects.filter(district=place.district)},
        )
    else:
        stats = stats.filter(school=place.school)
        group, names = "school", {place.school.pk: place.school.name}
    rows = _rows(stats, group, names)
    total = stats.aggregate(
        **{name: Sum(name) for name in FIGURES}, hours=Sum("hours_total"), fresh=Max("updated_at")
    )
    total = _with_average({name: total[name] or 0 for name in FIGURES} | total)
    return rows, total


def course_trend(course_key, place, weeks=26):
    qs = CourseWeek.objects.filter(course_key=course_key)
    if place.level in {"region"}:
        qs = qs.filter(region=place.region)
    elif place.level in {"district", "school"}:
        qs = qs.filter(district=place.district)
    series = (
        qs.values("week")
        .annotate(enrolled=Sum("enrolled"), completed=Sum("completed"))
        .order_by("-week")[:weeks]
    )
    return list(reversed(series))


def learners(course_key, place):
    """Learners of the place, for the list at school level and for exports."""
    qs = Enrolment.objects.filter(course_key=course_key).select_related("user", "user__school")
    if place.level == "school":
        qs = qs.filter(user__school=place.school)
    elif place.level == "district":
        qs = qs.filter(user__school__district=place.district)
    elif place.level == "region":
        qs = qs.filter(user__school__region=place.region)
    return qs.order_by("user__last_name", "user__first_name", "pk")
