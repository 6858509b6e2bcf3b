"""Parents' Academy report: figures at every level and by topic checked
against counts computed independently from the source rows (sessions,
registrations, attendance, certificates), the weekly trend, the exports, the
summary task, and a query count that does not grow with the data. The scope
of every URL and export is walked in ``test_scope``."""

import csv
import importlib
import io
from datetime import timedelta

import pytest
from django.apps import apps as django_apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from academy.models import Attendance, Session
from certificates.models import Certificate
from directory.models import School
from reports import tasks
from reports.models import AcademyWeek, SchoolAcademyStats
from reports.stats import refresh_academy_stats
from tests.factories import SchoolFactory
from tests.reports.conftest import make_certificate, make_session
from tests.reports.helpers import person
from users import roles

# One xdist worker for the module: its data (conftest's `country`) is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]

FIGURES = ("held", "cancelled", "registrations", "attended", "certificates")


def url(language="kk", **params):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"/{language}/reports/academy/?{query}"


def counted(schools, topic_key=None):
    """The figures of ``schools`` counted row by row in Python, by the
    definitions on the page, without the summaries or the grouped queries."""
    now = timezone.now()
    attended_ids = set(
        Attendance.objects.filter(mark__in=["present", "late"]).values_list(
            "registration_id", flat=True
        )
    )
    figures = dict.fromkeys(FIGURES, 0)
    sessions = Session.objects.filter(school__in=schools).prefetch_related("registrations")
    for session in sessions:
        if session.starts_at > now or (topic_key and session.topic_key != topic_key):
            continue
        if session.status == "cancelled":
            figures["cancelled"] += 1
            continue
        figures["held"] += 1
        for registration in session.registrations.all():
            if registration.status == "confirmed":
                figures["registrations"] += 1
                figures["attended"] += registration.pk in attended_ids
    certificates = [
        c
        for c in Certificate.objects.filter(school__in=schools)
        if c.status == "valid" and c.source.startswith("academy:")
    ]
    figures["certificates"] = 0 if topic_key else len(certificates)
    registrations = figures["registrations"]
    figures["rate"] = round(figures["attended"] * 100 / registrations) if registrations else None
    return figures


def assert_row(row, schools, topic_key=None):
    expected = counted(schools, topic_key)
    names = FIGURES[:-1] if topic_key else FIGURES
    assert {name: row[name] for name in (*names, "rate")} == {
        name: expected[name] for name in (*names, "rate")
    }


@pytest.fixture
def analyst(client):
    client.force_login(person(roles.NATIONAL_ANALYSTS))
    return client


def test_figures_match_independent_counts_at_every_level(analyst, country):
    north, south = country["regions"]
    page = analyst.get(url())
    assert page.status_code == 200
    assert {row["id"] for row in page.context["rows"]} == {north.pk, south.pk}
    for row in page.context["rows"]:
        assert_row(row, School.objects.filter(region_id=row["id"]))
    assert_row(page.context["total"], School.objects.all())
    # Guard the fixture itself: the definitions are exercised, not zeros.
    assert counted(School.objects.all()) == {
        "held": 7,
        "cancelled": 2,
        "registrations": 14,
        "attended": 8,
        "certificates": 3,
        "rate": 57,
    }

    for region in (north, south):
        page = analyst.get(url(region=region.pk))
        for row in page.context["rows"]:
            assert_row(row, School.objects.filter(district_id=row["id"]))
        assert_row(page.context["total"], School.objects.filter(region=region))

    for district in country["districts"]:
        page = analyst.get(url(district=district.pk))
        for row in page.context["rows"]:
            assert_row(row, School.objects.filter(pk=row["id"]))
        assert_row(page.context["total"], School.objects.filter(district=district))

    for school in country["schools"].values():
        page = analyst.get(url(school=school.pk))
        (row,) = page.context["rows"]
        assert_row(row, [school])
        assert_row(page.context["total"], [school])


def test_figures_by_topic_match_at_every_level(analyst, country):
    topics = country["topics"]
    places = [({}, School.objects.all())]
    places += [({"region": r.pk}, School.objects.filter(region=r)) for r in country["regions"]]
    places += [({"district": country["districts"][0].pk}, [country["schools"]["a"]])]
    places += [({"school": s.pk}, [s]) for s in country["schools"].values()]
    for params, schools in places:
        rows = analyst.get(url(**params)).context["topics"]
        by_key = {row["topic_key"]: row for row in rows}
        for topic in topics:
            expected = counted(schools, topic.translation_key)
            if not (expected["held"] or expected["cancelled"]):
                assert topic.translation_key not in by_key
                continue
            assert_row(by_key[topic.translation_key], schools, topic.translation_key)
            assert by_key[topic.translation_key]["title"] == topic.title


def test_topic_titles_follow_the_language(analyst, country):
    rows = analyst.get(url("ru")).context["topics"]
    titles = {row["topic_key"]: row["title"] for row in rows}
    first, second, _third = country["topics"]
    assert titles[first.translation_key] == "Соцсети"
    assert titles[second.translation_key] == second.title  # untranslated: the source title
    # In the programme's order, not the alphabet's (Ә would sort after Я).
    assert [row["topic_key"] for row in rows] == [t.translation_key for t in country["topics"]]


def test_the_page_shows_definitions_freshness_charts_and_links(analyst, country):
    page = analyst.get(url("en"))
    html = page.content.decode()
    assert "Figures counted at" in html
    assert "Confirmed seats at the sessions held" in html
    assert html.count('<svg class="chart"') == 2
    assert "The figures behind the charts" in html
    assert f'href="?region={country["regions"][0].pk}"' in html
    assert 'href="/en/reports/courses/"' in html
    assert 'aria-current="page"' in html
    course_page = analyst.get(f"/kk/reports/courses/?region={country['regions'][0].pk}")
    assert f'href="/kk/reports/academy/?region={country["regions"][0].pk}"' in (
        course_page.content.decode()
    )


def test_the_weekly_trend_matches_the_sessions_weeks(analyst, country):
    trend = analyst.get(url()).context["trend"]
    today = timezone.localdate()
    assert trend[-1]["week"] == today - timedelta(days=today.weekday())
    assert all(b["week"] - a["week"] == timedelta(weeks=1) for a, b in itertools_pairs(trend))
    for name in FIGURES:  # every figure of the fixture lies within the last 26 weeks
        assert sum(week[name] for week in trend) == counted(School.objects.all())[name]
    by_week = {week["week"]: week for week in trend}
    expected = {}
    for session in Session.objects.filter(starts_at__lte=timezone.now(), status="scheduled"):
        start = timezone.localdate(session.starts_at)
        monday = start - timedelta(days=start.weekday())
        expected[monday] = expected.get(monday, 0) + 1
    assert {week: row["held"] for week, row in by_week.items() if row["held"]} == expected

    school_b = country["schools"]["b"]
    trend_b = analyst.get(url(school=school_b.pk)).context["trend"]
    assert sum(week["held"] for week in trend_b) == counted([school_b])["held"]
    assert sum(week["certificates"] for week in trend_b) == 1


def itertools_pairs(items):
    return zip(items, items[1:], strict=False)


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def read_xlsx(response):
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in book.active.iter_rows(values_only=True)]


def test_exports_carry_the_rows(analyst, country):
    north = country["regions"][0]
    rows = analyst.get(url(region=north.pk)).context["rows"]
    csv_rows = read_csv(analyst.get(url("en", region=north.pk, export="csv")))
    xlsx_rows = read_xlsx(analyst.get(url("en", region=north.pk, export="xlsx")))
    assert (
        csv_rows[0]
        == xlsx_rows[0]
        == [
            "Place",
            "Sessions held",
            "Sessions cancelled",
            "Registrations",
            "Attended",
            "Attendance rate, per cent",
            "Certificates",
            "Reached by e-mail",
            "Reached by Telegram",
            "Reached by SMS",
            "Failed in Telegram",
            "Failed by SMS",
        ]
    )
    assert len(csv_rows) == len(xlsx_rows) == len(rows) + 1
    for district in country["districts"][:2]:
        expected = counted(School.objects.filter(district=district))
        values = [expected[name] for name in ("held", "cancelled", "registrations", "attended")]
        values += [expected["rate"] if expected["rate"] is not None else ""]
        values += [expected["certificates"]]
        values += [0] * 5  # no letter or message in this country: test_academy_reach
        (line,) = [line for line in csv_rows[1:] if line[0] == district.name]
        assert line[1:] == [str(v) for v in values]
        (line,) = [line for line in xlsx_rows[1:] if line[0] == district.name]
        assert [v if v is not None else "" for v in line[1:]] == values


def test_topic_exports_carry_the_topic_rows(analyst, country):
    topics = analyst.get(url()).context["topics"]
    csv_rows = read_csv(analyst.get(url(table="topics", export="csv")))
    xlsx_rows = read_xlsx(analyst.get(url(table="topics", export="xlsx")))
    assert len(csv_rows) == len(xlsx_rows) == len(topics) + 1 == 4
    everywhere = School.objects.all()
    for topic in country["topics"]:
        expected = counted(everywhere, topic.translation_key)
        (line,) = [line for line in xlsx_rows[1:] if line[0] == topic.title]
        assert line[1:5] == [
            expected[n] for n in ("held", "cancelled", "registrations", "attended")
        ]
        (line,) = [line for line in csv_rows[1:] if line[0] == topic.title]
        assert line[5] == ("" if expected["rate"] is None else str(expected["rate"]))


def test_the_beat_task_refreshes_every_summary_and_is_safe_twice(country):
    SchoolAcademyStats.objects.all().delete()
    AcademyWeek.objects.all().delete()
    first = tasks.refresh_stats()

    def snapshot():
        return sorted(
            SchoolAcademyStats.objects.values_list(
                "school_id", "district_id", "topic_key", *FIGURES
            ),
            key=str,
        ) + sorted(
            AcademyWeek.objects.values_list("school_id", "district_id", "week", *FIGURES), key=str
        )

    before = snapshot()
    schools = SchoolAcademyStats.objects.filter(school__isnull=False)
    assert first["academy"] == schools.count() > 0 and first["courses"] > 0
    tasks.refresh_stats()
    assert snapshot() == before
    # Certificates sit on one row per school with no topic.
    assert list(
        schools.filter(topic_key__isnull=True)
        .order_by("school_id")
        .values_list("school_id", "certificates")
    ) == [(country["schools"]["a"].pk, 2), (country["schools"]["b"].pk, 1)]


def district_totals_from_school_rows():
    """The per-district rows, summed here from the school rows."""
    summed = {}
    for model, by in ((SchoolAcademyStats, "topic_key"), (AcademyWeek, "week")):
        for row in model.objects.filter(school__isnull=False).values():
            entry = summed.setdefault(
                (model.__name__, row["district_id"], row["region_id"], row[by]),
                dict.fromkeys(FIGURES, 0),
            )
            for name in FIGURES:
                entry[name] += row[name]
    return summed


def district_totals():
    return {
        (model.__name__, row["district_id"], row["region_id"], row[by]): {
            name: row[name] for name in FIGURES
        }
        for model, by in ((SchoolAcademyStats, "topic_key"), (AcademyWeek, "week"))
        for row in model.objects.filter(school__isnull=True).values()
    }


def test_district_totals_add_up_the_schools_rows(country):
    grow(country, schools=3)
    tasks.refresh_stats()
    expected = district_totals_from_school_rows()
    assert len(expected) > 4 and district_totals() == expected
    # The migration that introduced them adds the same totals to school rows
    # made before it.
    SchoolAcademyStats.objects.filter(school__isnull=True).delete()
    AcademyWeek.objects.filter(school__isnull=True).delete()
    migration = importlib.import_module("reports.migrations.0005_academy_district_totals")
    migration.add_district_totals(django_apps, None)
    assert district_totals() == expected


def test_a_school_without_sessions_shows_empty_figures(client, country):
    school = SchoolFactory(district=country["districts"][2], region=country["regions"][1])
    client.force_login(person(roles.SCHOOL_COORDINATORS, school=school))
    page = client.get(url("en"))
    assert page.status_code == 200
    assert page.context["rows"] == [] and page.context["trend"] == []
    assert page.context["total"]["rate"] is None
    # Counted (by the fixture), though this school has no rows: when, not "not yet".
    assert "Figures counted at" in page.content.decode()


def grow(country, schools=12):
    """More schools, each with sessions, registrations and a certificate."""
    d1 = country["districts"][0]
    north = country["regions"][0]
    topics = country["topics"]
    confirmed = [("confirmed", "present"), ("confirmed", "absent"), ("confirmed", None)]
    for n in range(schools):
        school = SchoolFactory(district=d1, region=north)
        for days in (-1, -8, -30):
            make_session(school, topics[n % 3], days, seats=confirmed)
        make_session(school, topics[0], -5, status="cancelled")
        make_certificate(school, country["template"], days_ago=n)
    refresh_academy_stats()


@pytest.mark.parametrize("level", ["national", "region", "district", "school"])
def test_the_page_runs_a_constant_number_of_queries(analyst, country, level):
    params = {
        "national": {},
        "region": {"region": country["regions"][0].pk},
        "district": {"district": country["districts"][0].pk},
        "school": {"school": country["schools"]["a"].pk},
    }[level]
    analyst.get(url(**params))  # warm Wagtail's site and locale caches
    with CaptureQueriesContext(connection) as small:
        assert analyst.get(url(**params)).status_code == 200
    grow(country)
    with CaptureQueriesContext(connection) as large:
        page = analyst.get(url(**params))
    assert page.status_code == 200
    assert len(large) == len(small) <= ACADEMY_PAGE_MAX_QUERIES, [q["sql"] for q in large]


# The user (1) and their groups for the scope (1), the place asked for (0-1),
# the children's names (0-1), the rows (1), the weeks (1), the topics (1),
# their titles (1) and when the summaries were counted (1): 8 at national and
# school level, 9 at region and district.
ACADEMY_PAGE_MAX_QUERIES = 9
