"""Reach by channel on the Parents' Academy report (#18): registrations
reached by e-mail, Telegram and SMS and messages failed per messenger, at
every level, checked against counts made row by row from the registrations
and the delivery log; the same figures as the coordinator's own page; the
page and its exports on a fresh install (nothing counted), after a refresh,
and on rows counted before reach existed; scope; a constant query count.

Unlike ``conftest.country``, the data here is built and not refreshed: a
test that wants the summaries refreshes them (undone after the test).
"""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from academy.models import Registration, Session
from directory.models import Region, School
from messaging import reach as coordinator_reach
from messaging.models import Delivery
from reports.models import AcademyWeek, SchoolAcademyStats, SummaryRun
from reports.stats import refresh_academy_stats
from tests.factories import DistrictFactory, HomePageFactory, SchoolFactory, UserFactory
from tests.module_data import rolled_back
from tests.reports.conftest import make_programme, make_session
from tests.reports.helpers import person
from tests.reports.test_academy_report import ACADEMY_PAGE_MAX_QUERIES, read_csv, read_xlsx
from users import roles

# One xdist worker for the module: its data (`reached`) is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]

REACH = ("reached_email", "reached_telegram", "reached_sms", "failed_telegram", "failed_sms")
HEADINGS = [
    "Reached by e-mail",
    "Reached by Telegram",
    "Reached by SMS",
    "Failed in Telegram",
    "Failed by SMS",
]
_serial = itertools.count(1)


def seat(session, letter=None, telegram=(), sms=(), email=True, status="confirmed"):
    """A registration at ``session``: ``letter`` names the letter claimed as
    sent (a ``*_sent_at`` field, or ``change_notified``); ``telegram`` and
    ``sms`` the statuses of its messages on each channel. Without ``email``,
    a walk-in with an account."""
    n = next(_serial)
    fields = {}
    if letter == "change_notified":
        fields["change_notified"] = 1
    elif letter:
        fields[letter] = timezone.now()
    registration = Registration.objects.create(
        session=session,
        user=None if email else UserFactory(role="parent"),
        name="Сәрсенова Ләззат",
        email=f"reach{n}@example.kz" if email else "",
        status=status,
        **fields,
    )
    for channel, statuses in (("telegram", telegram), ("sms", sms)):
        for k, delivery_status in enumerate(statuses):
            Delivery.objects.create(
                user=registration.user,
                email=registration.email,
                registration=registration,
                channel=channel,
                kind="confirmed",
                dedupe_key=f"test:{registration.pk}:{channel}:{k}",
                status=delivery_status,
            )
    return registration


def make_reach(schools, topic):
    """Letters and messages of every kind and status in four schools; the
    south's school ``c`` has figures no northern place has."""
    a, b, c, d = (schools[key] for key in "abcd")
    past = make_session(a, topic, -1)
    seat(past, "confirmation_sent_at", telegram=("sent", "sent"))  # one registration, twice
    seat(past, "change_notified", sms=("sent",))
    seat(past, telegram=("failed", "failed"), sms=("sent", "failed"))  # no letter
    seat(past, email=False, telegram=("sent",))  # a walk-in: no letter can go
    seat(past, "reminder_1h_sent_at", telegram=("queued", "held", "skipped", "sending"))
    seat(past, "cancellation_sent_at", status="cancelled")
    seat(past)  # nothing at all
    seat(make_session(a, topic, 3), "reminder_24h_sent_at", telegram=("sent",))  # upcoming
    holder = UserFactory(role="parent", school=a)
    Delivery.objects.create(  # about a certificate, not a registration: not reach
        user=holder, channel="telegram", kind="certificate_ready", dedupe_key="cert", status="sent"
    )
    # A school whose only session is to come: it has reach and nothing else.
    seat(make_session(d, topic, 2), "confirmation_sent_at", sms=("failed",))
    held_b = make_session(b, topic, -8)
    seat(held_b, "waitlist_sent_at", status="waitlisted")
    seat(held_b, "moved_up_sent_at", telegram=("sent",))
    held_c = make_session(c, topic, -2)
    for _n in range(6):
        seat(held_c, "confirmation_sent_at", telegram=("sent",), sms=("failed", "failed"))


@pytest.fixture(scope="module")
def reached(django_db_setup, django_db_blocker):
    """North: district d1 (schools a and d), d2 (school b); south: d3 (school c)."""
    with django_db_blocker.unblock(), rolled_back():
        _programme, topics = make_programme(HomePageFactory())
        north, south = Region.objects.order_by("sort_order")[:2]
        d1, d2 = DistrictFactory(region=north), DistrictFactory(region=north)
        d3 = DistrictFactory(region=south)
        schools = {
            "a": SchoolFactory(district=d1, region=north),
            "b": SchoolFactory(district=d2, region=north),
            "c": SchoolFactory(district=d3, region=south),
            "d": SchoolFactory(district=d1, region=north),
        }
        make_reach(schools, topics[0])
        yield {"regions": (north, south), "districts": (d1, d2, d3), "schools": schools}


def counted(schools):
    """Reach of ``schools`` counted row by row, by the definitions on the
    page, without the summaries or any grouped query."""
    letters = (
        "confirmation_sent_at",
        "waitlist_sent_at",
        "moved_up_sent_at",
        "cancellation_sent_at",
        "reminder_24h_sent_at",
        "reminder_1h_sent_at",
    )
    registrations = Registration.objects.filter(session__school__in=schools)
    deliveries = list(Delivery.objects.filter(registration__in=registrations))

    def reached(channel):
        return len(
            {d.registration_id for d in deliveries if d.channel == channel and d.status == "sent"}
        )

    def failed(channel):
        return sum(d.channel == channel and d.status == "failed" for d in deliveries)

    return {
        "reached_email": sum(
            bool(r.email) and (any(getattr(r, f) for f in letters) or r.change_notified > 0)
            for r in registrations
        ),
        "reached_telegram": reached("telegram"),
        "reached_sms": reached("sms"),
        "failed_telegram": failed("telegram"),
        "failed_sms": failed("sms"),
    }


def reach_of(row):
    return {name: row[name] for name in REACH}


def url(language="en", **params):
    return f"/{language}/reports/academy/?" + "&".join(f"{k}={v}" for k, v in params.items())


@pytest.fixture
def analyst(client):
    client.force_login(person(roles.NATIONAL_ANALYSTS))
    return client


def assert_nothing_counted():
    for model in (SchoolAcademyStats, AcademyWeek, SummaryRun):
        assert not model.objects.exists(), model.__name__


def test_the_fixture_exercises_every_definition(reached):
    assert counted(School.objects.all()) == {
        "reached_email": 14,  # a: 5 (one upcoming), d: 1, b: 2, c: 6
        "reached_telegram": 10,  # a: 3, b: 1, c: 6
        "reached_sms": 2,
        "failed_telegram": 2,
        "failed_sms": 14,  # a: 1, d: 1, c: 12
    }


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_fresh_install_says_reach_is_not_counted_yet(client, reached, language):
    """No summary row at all, letters and messages in the source tables:
    every level answers 200 with zeros and says plainly it has not counted."""
    assert_nothing_counted()
    client.force_login(person(roles.NATIONAL_ANALYSTS))
    north = reached["regions"][0]
    places = [{}, {"region": north.pk}, {"district": reached["districts"][0].pk}]
    places += [{"school": reached["schools"]["a"].pk}]
    for params in places:
        page = client.get(url(language, **params))
        assert page.status_code == 200, params
        assert page.context["reach_state"] == "uncounted"
        assert reach_of(page.context["total"]) == dict.fromkeys(REACH, 0)
        for kind in ("csv", "xlsx"):
            assert client.get(url(language, export=kind, **params)).status_code == 200
    html = client.get(url("en")).content.decode()
    assert "Reach by channel is not counted yet: the next recount adds it." in html
    assert '<caption class="visually-hidden">Reach by channel</caption>' not in html
    lines = read_csv(client.get(url("en", export="csv")))
    assert lines[0][-5:] == HEADINGS and lines[1:] == []
    assert_nothing_counted()


def test_figures_per_channel_right_after_a_refresh_at_every_level(analyst, reached):
    refresh_academy_stats()
    north, south = reached["regions"]
    page = analyst.get(url())
    assert page.context["reach_state"] == "counted"
    assert reach_of(page.context["total"]) == counted(School.objects.all())
    by_id = {row["id"]: row for row in page.context["rows"]}
    for region in (north, south):
        assert reach_of(by_id[region.pk]) == counted(School.objects.filter(region=region))
        page = analyst.get(url(region=region.pk))
        assert reach_of(page.context["total"]) == counted(School.objects.filter(region=region))
        for row in page.context["rows"]:
            assert reach_of(row) == counted(School.objects.filter(district_id=row["id"]))
    for district in reached["districts"]:
        page = analyst.get(url(district=district.pk))
        for row in page.context["rows"]:
            assert reach_of(row) == counted(School.objects.filter(pk=row["id"]))
    d1_rows = analyst.get(url(district=reached["districts"][0].pk)).context["rows"]
    school_d = reached["schools"]["d"]
    (only_upcoming,) = [row for row in d1_rows if row["id"] == school_d.pk]
    assert only_upcoming["held"] == 0 and only_upcoming["reached_email"] == 1
    for school in reached["schools"].values():
        page = analyst.get(url(school=school.pk))
        assert reach_of(page.context["total"]) == counted([school])


def test_a_school_has_the_figures_of_the_coordinators_own_page(analyst, reached):
    refresh_academy_stats()
    school = reached["schools"]["a"]
    own = coordinator_reach.by_channel(Session.objects.filter(school=school))
    by_channel = {row["channel"]: row for row in own["rows"]}
    total = analyst.get(url(school=school.pk)).context["total"]
    assert total["reached_email"] == by_channel["email"]["reached"]
    for channel in ("telegram", "sms"):
        assert total[f"reached_{channel}"] == by_channel[channel]["reached"]
        assert total[f"failed_{channel}"] == by_channel[channel]["failed"]


def test_the_table_is_labelled_with_row_and_column_headers(analyst, reached):
    refresh_academy_stats()
    north = reached["regions"][0]
    html = analyst.get(url(region=north.pk)).content.decode()
    start = html.index('<caption class="visually-hidden">Reach by channel</caption>')
    table = html[start : html.index("</table>", start)]
    for heading in HEADINGS:
        assert f'<th scope="col">{heading}</th>' in table
    d1, d2, _d3 = reached["districts"]
    assert f'<th scope="row">{d1.name}</th><td>6</td><td>3</td><td>2</td><td>2</td><td>2</td>' in (
        table
    )
    assert f'<th scope="row">{d2.name}</th><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td>' in (
        table
    )
    assert '<th scope="row">Total</th><td>8</td><td>4</td><td>2</td><td>2</td><td>2</td>' in table
    assert 'role="region" aria-label="Reach by channel"' in html
    assert "<dt>Reach by channel</dt><dd>Registrations reached: those that had" in html


def test_a_place_where_nothing_was_sent_says_so(analyst, reached):
    quiet = SchoolFactory(district=reached["districts"][0], region=reached["regions"][0])
    make_session(quiet, Session.objects.first().topic, -1)
    refresh_academy_stats()
    page = analyst.get(url(school=quiet.pk))
    assert page.context["reach_state"] == "none"
    html = page.content.decode()
    assert "No letters or messages have gone to parents here yet." in html
    assert '<caption class="visually-hidden">Reach by channel</caption>' not in html


def test_rows_counted_before_reach_existed_say_not_counted_yet(analyst, reached):
    """What migration 0007 leaves until the next refresh: the other figures,
    and reach empty rather than zero."""
    refresh_academy_stats()
    SchoolAcademyStats.objects.update(**dict.fromkeys(REACH))
    page = analyst.get(url())
    assert page.context["reach_state"] == "uncounted"
    assert page.context["total"]["held"] == 3
    assert "Reach by channel is not counted yet" in page.content.decode()
    lines = read_csv(analyst.get(url(export="csv")))
    assert all(line[-5:] == [""] * 5 for line in lines[1:]) and len(lines) == 3
    refresh_academy_stats()
    assert analyst.get(url()).context["reach_state"] == "counted"


def test_exports_carry_the_reach_columns(analyst, reached):
    refresh_academy_stats()
    north = reached["regions"][0]
    csv_rows = read_csv(analyst.get(url(region=north.pk, export="csv")))
    xlsx_rows = read_xlsx(analyst.get(url(region=north.pk, export="xlsx")))
    assert csv_rows[0] == xlsx_rows[0]
    assert csv_rows[0][:7] == [
        "Place",
        "Sessions held",
        "Sessions cancelled",
        "Registrations",
        "Attended",
        "Attendance rate, per cent",
        "Certificates",
    ]
    assert csv_rows[0][7:] == HEADINGS
    for district in reached["districts"][:2]:
        expected = [counted(School.objects.filter(district=district))[n] for n in REACH]
        (line,) = [line for line in csv_rows[1:] if line[0] == district.name]
        assert line[7:] == [str(value) for value in expected]
        (line,) = [line for line in xlsx_rows[1:] if line[0] == district.name]
        assert line[7:] == expected
    topics = read_csv(analyst.get(url(table="topics", export="csv")))
    assert "Reached by e-mail" not in topics[0]  # reach has no topic


@pytest.mark.parametrize("who", ["regional", "district", "coordinator"])
def test_another_regions_figures_never_appear(client, reached, who):
    refresh_academy_stats()
    north = reached["regions"][0]
    d1 = reached["districts"][0]
    school_a = reached["schools"]["a"]
    officer, mine = {
        "regional": (
            person(roles.REGIONAL_OFFICERS, region=north),
            School.objects.filter(region=north),
        ),
        "district": (
            person(roles.DISTRICT_OFFICERS, district=d1, region=north),
            School.objects.filter(district=d1),
        ),
        "coordinator": (person(roles.SCHOOL_COORDINATORS, school=school_a), [school_a]),
    }[who]
    client.force_login(officer)
    page = client.get(url())
    assert reach_of(page.context["total"]) == counted(mine)
    south_figures = "<td>6</td><td>6</td><td>0</td><td>0</td><td>12</td>"
    south = reached["schools"]["c"]
    html = page.content.decode()
    assert south_figures not in html and south.district.name not in html
    for kind in ("csv", "xlsx"):
        export = client.get(url(export=kind))
        body = b"".join(export.streaming_content)
        assert south.district.name.encode() not in body and south.name.encode() not in body
    lines = read_csv(client.get(url(export="csv")))
    assert sum(int(line[-1]) for line in lines[1:]) == counted(mine)["failed_sms"] < 12
    for asked in (
        {"region": south.region_id},
        {"district": south.district_id},
        {"school": south.pk},
    ):
        assert client.get(url(**asked)).status_code == 404
        assert client.get(url(export="csv", **asked)).status_code == 404


def grow(reached, schools=6):
    """More schools with letters and messages on every channel."""
    d1, north = reached["districts"][0], reached["regions"][0]
    topic = Session.objects.first().topic
    for _n in range(schools):
        session = make_session(SchoolFactory(district=d1, region=north), topic, -1)
        for _k in range(3):
            seat(session, "confirmation_sent_at", telegram=("sent", "failed"), sms=("sent",))
    refresh_academy_stats()


@pytest.mark.parametrize("level", ["national", "region", "district", "school"])
def test_the_page_runs_a_constant_number_of_queries(analyst, reached, level):
    refresh_academy_stats()
    params = {
        "national": {},
        "region": {"region": reached["regions"][0].pk},
        "district": {"district": reached["districts"][0].pk},
        "school": {"school": reached["schools"]["a"].pk},
    }[level]
    analyst.get(url(**params))  # warm Wagtail's site and locale caches
    with CaptureQueriesContext(connection) as small:
        assert analyst.get(url(**params)).context["reach_state"] == "counted"
    grow(reached)
    with CaptureQueriesContext(connection) as large:
        page = analyst.get(url(**params))
    assert page.status_code == 200
    assert len(large) == len(small) <= ACADEMY_PAGE_MAX_QUERIES, [q["sql"] for q in large]


def test_the_refresh_runs_a_constant_number_of_queries(reached):
    """Whatever the number of schools: the refresh's queries do not grow."""
    with CaptureQueriesContext(connection) as small:
        refresh_academy_stats()
    grow(reached, schools=4)
    with CaptureQueriesContext(connection) as large:
        refresh_academy_stats()
    assert len(large) == len(small)
