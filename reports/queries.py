"""Report figures by level, read from the summaries in a constant number of queries."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Sum
from django.utils import timezone

from academy import programme
from academy.stats import attendance_rate
from courses.models import Enrolment
from directory.models import District, Region, School

from . import reach
from .models import AcademyWeek, CourseWeek, SchoolAcademyStats, SchoolCourseStats

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

    @property
    def query(self):
        """The most specific id as a query string, to carry the place between reports."""
        for name in ("school", "district", "region"):
            if getattr(self, name):
                return f"{name}={getattr(self, name).pk}"
        return ""


# Ids of the directory are BigAutoField: at most 19 digits. Anything else in
# a place parameter (a quote, a NUL byte, -1, 0, 3,000 characters) is no place.
_MAX_ID = 2**63 - 1


def _id(value):
    """The positive id in a query parameter (or an int), or None if malformed."""
    text = str(value).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 19):
        return None
    number = int(text)
    return number if 0 < number <= _MAX_ID else None


def place_from(params):
    """The place a request asks for, most specific wins; None if the id is
    malformed or unknown (the views answer 404). Empty parameters are ignored."""
    for name in ("school", "district", "region"):
        value = params.get(name)
        if value is None or value == "":
            continue
        pk = _id(value)
        if pk is None:
            return None
        if name == "school":
            school = School.objects.select_related("district", "region").filter(pk=pk).first()
            return school and Place("school", school.region, school.district, school)
        if name == "district":
            district = District.objects.select_related("region").filter(pk=pk).first()
            return district and Place("district", district.region, district)
        region = Region.objects.filter(pk=pk).first()
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


def _where(place, district_totals=None):
    """How to filter the summaries (which carry region, district and school)
    to ``place``. For the summaries that also hold per-district totals (rows
    with no school), ``district_totals`` picks those rows (True) or the
    school rows (False)."""
    where = {} if place.level == "national" else {place.level: getattr(place, place.level)}
    if district_totals is not None:
        where["school__isnull"] = district_totals
    return where


def _by_district(place):
    """Trends: a school's own rows; for larger places, the per-district totals."""
    return _where(place, district_totals=place.level != "school")


def _by_school_below_region(place):
    """Tables grouped by region or district read the per-district totals; a
    district's table is grouped by school and reads the school rows."""
    return _where(place, district_totals=place.level in {"national", "region"})


def _children(place):
    """The filter for ``place``, the field its children are grouped by, and
    the children's names (one query)."""
    where = _where(place)
    if place.level == "national":
        return where, "region", {r.pk: r.name for r in Region.objects.all()}
    if place.level == "region":
        names = {d.pk: d.name for d in District.objects.filter(region=place.region)}
        return where, "district", names
    if place.level == "district":
        names = {s.pk: s.name for s in School.objects.filter(district=place.district)}
        return where, "school", names
    return where, "school", {place.school.pk: place.school.name}


def course_rows(course_key, place):
    """Rows for the children of ``place`` (regions, districts or schools) and the total."""
    where, group, names = _children(place)
    stats = SchoolCourseStats.objects.filter(course_key=course_key, **where)
    rows = _rows(stats, group, names)
    total = stats.aggregate(**{name: Sum(name) for name in FIGURES}, hours=Sum("hours_total"))
    # A place with no summary rows sums to None: it has zero of everything.
    return rows, _with_average(
        {name: total[name] or 0 for name in FIGURES} | {"hours": total["hours"]}
    )


def course_trend(course_key, place, weeks=26):
    qs = CourseWeek.objects.filter(course_key=course_key, **_by_district(place))
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


# --- Parents' Academy -------------------------------------------------------------

ACADEMY_FIGURES = ("held", "cancelled", "registrations", "attended", "certificates")
_ACADEMY_SUMS = {name: Sum(name) for name in ACADEMY_FIGURES}


def _with_rate(row):
    row["rate"] = attendance_rate(row["attended"], row["registrations"])
    return row


def _plus(a, b):
    """A sum in which "not counted" (None, reach on rows older than it) wins."""
    return None if a is None or b is None else a + b


def academy_rows(place):
    """Rows for the children of ``place`` and the total, with reach by
    channel, in one grouped query (the total is the sum of the rows: every
    summary row has a region and district, and the school rows a school)."""
    _filter, group, names = _children(place)
    rows = []
    total = dict.fromkeys(ACADEMY_FIGURES + reach.FIGURES, 0)
    for row in (
        SchoolAcademyStats.objects.filter(**_by_school_below_region(place))
        .values(group)
        .annotate(**_ACADEMY_SUMS, **{name: Sum(name) for name in reach.FIGURES})
        .order_by()
    ):
        rows.append(_with_rate({"id": row[group], "name": names.get(row[group], "?"), **row}))
        for name in total:
            total[name] = _plus(total[name], row[name])
    rows.sort(key=lambda r: str(r["name"]))
    return rows, _with_rate(total)


def reach_state(total, counted_at):
    """What the reach table can say for a place: "uncounted" before any
    refresh (or one made before reach was counted), "none" when nothing was
    sent there, else "counted"."""
    if counted_at is None or any(total[name] is None for name in reach.FIGURES):
        return "uncounted"
    return "counted" if any(total[name] for name in reach.FIGURES) else "none"


def academy_topics(place):
    """The place's figures by topic, titled in the active language."""
    rows = list(
        SchoolAcademyStats.objects.filter(topic_key__isnull=False, **_by_school_below_region(place))
        .values("topic_key")
        .annotate(**{name: Sum(name) for name in ACADEMY_FIGURES if name != "certificates"})
        .order_by()
    )
    titles = programme.topic_titles([row["topic_key"] for row in rows])
    position = {key: n for n, key in enumerate(titles)}  # the programme's order
    for row in rows:
        row["title"] = titles.get(row["topic_key"]) or str(row["topic_key"])
        _with_rate(row)
    return sorted(
        rows, key=lambda row: (position.get(row["topic_key"], len(position)), row["title"])
    )


def academy_trend(place, weeks=26):
    """Figures per week of the place, from the first week with figures in the
    last ``weeks`` to this week, weeks without any shown as zero."""
    today = timezone.localdate()
    this_week = today - timedelta(days=today.weekday())
    first = this_week - timedelta(weeks=weeks - 1)
    found = {
        row["week"]: row
        for row in AcademyWeek.objects.filter(
            week__gte=first, week__lte=this_week, **_by_district(place)
        )
        .values("week")
        .annotate(**_ACADEMY_SUMS)
        .order_by()
    }
    if not found:
        return []
    week, series = min(found), []
    while week <= this_week:
        series.append(
            _with_rate(found.get(week) or {"week": week, **dict.fromkeys(ACADEMY_FIGURES, 0)})
        )
        week += timedelta(weeks=1)
    return series


def learner_header():
    """The columns of a learner list, in the active language (page export and background job)."""
    from django.utils.translation import gettext as _
    from django.utils.translation import pgettext

    return [
        _("Surname"),
        _("Given name"),
        _("Patronymic"),
        _("E-mail"),
        _("School"),
        pgettext("date column", "Enrolled"),
        _("Hours done"),
        pgettext("date column", "Completed"),
    ]


def learner_row(e):
    return [
        e.user.last_name,
        e.user.first_name,
        e.user.patronymic,
        e.user.email,
        e.user.school.name if e.user.school else "",
        e.enrolled_at.date().isoformat(),
        float(e.hours_done),
        e.completed_at.date().isoformat() if e.completed_at else "",
    ]
