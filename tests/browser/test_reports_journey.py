"""Journey 4: a regional officer opens the reports from the header, drills
down from the region to a district and a school, turns to the Parents'
Academy report, and has the school's learner list prepared in the
background and downloads it. axe-core finds no WCAG 2.1 AA violation on the
report pages and the export's page."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from academy.models import Registration
from certificates.models import CertificateTemplate
from directory.models import Region
from messaging.models import Delivery
from reports.stats import refresh_academy_stats, refresh_course_stats
from tests.browser.conftest import axe_violations
from tests.course_fixtures import tiny_course
from tests.factories import (
    DistrictFactory,
    HomePageFactory,
    SchoolFactory,
    UserFactory,
    course_tree,
)
from tests.reports.conftest import make_academy, make_enrolments, make_programme
from users import roles

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def country(migrated_data, live_server, settings):
    settings.SITE_URL = live_server.url
    home = HomePageFactory()
    course = course_tree(home, tiny_course())
    programme, topics = make_programme(home)
    template = CertificateTemplate.objects.create(
        name="Academy",
        programme_key=str(programme.translation_key),
        **{f"text_{code}": "-" for code in ("kk", "ru", "en")},
        **{f"organisation_{code}": "-" for code in ("kk", "ru", "en")},
    )
    north, south = Region.objects.order_by("sort_order")[:2]
    d1, d2 = DistrictFactory(region=north), DistrictFactory(region=north)
    schools = {
        "a": SchoolFactory(district=d1, region=north),
        "b": SchoolFactory(district=d2, region=north),
        "c": SchoolFactory(district=DistrictFactory(region=south), region=south),
    }
    make_enrolments(schools, course)
    make_academy(schools, topics, template)
    reach_school_a(schools["a"])
    refresh_course_stats()
    refresh_academy_stats()
    officer = UserFactory(email="officer@example.kz", role="", school=None, region=north)
    officer.groups.add(Group.objects.get(name=roles.REGIONAL_OFFICERS))
    return {"region": north, "district": d1, "school": schools["a"]}


def reach_school_a(school):
    """A letter and a Telegram message to one parent of school a, a failed SMS to another."""
    first, second = Registration.objects.filter(session__school=school, email__gt="")[:2]
    Registration.objects.filter(pk=first.pk).update(confirmation_sent_at=timezone.now())
    for registration, channel, status in ((first, "telegram", "sent"), (second, "sms", "failed")):
        Delivery.objects.create(
            email=registration.email,
            registration=registration,
            channel=channel,
            kind="confirmed",
            dedupe_key=f"journey:{registration.pk}:{channel}",
            status=status,
        )


def assert_accessible(page):
    violations = axe_violations(page)
    assert violations == [], (page.url, [(v["id"], v["help"], len(v["nodes"])) for v in violations])


def test_officer_drills_down_and_downloads_a_learner_list(page, live_server, country):
    page.goto(f"{live_server.url}/kk/accounts/login/")
    page.get_by_label("Электрондық пошта").fill("officer@example.kz")
    page.get_by_label("Құпия сөз").fill("correct-horse-battery")
    page.get_by_role("button", name="Кіру").click()

    expect(page).to_have_url(f"{live_server.url}/kk/reports/courses/")  # officers land here
    table = page.locator("table.report").first
    expect(table).to_contain_text(country["district"].name_kk)
    assert_accessible(page)

    table.get_by_role("link", name=country["district"].name_kk).click()
    page.locator("table.report").first.get_by_role("link", name=country["school"].name_kk).click()
    expect(page.locator("h2", has_text="Білім алушылар")).to_be_visible()
    assert page.locator("table.report").last.locator("tbody tr").count() == 5
    assert_accessible(page)

    page.locator('a[href^="/kk/reports/academy/"]').first.click()
    expect(page).to_have_url(f"{live_server.url}/kk/reports/academy/?school={country['school'].pk}")
    expect(page.locator("svg").first).to_be_visible()
    assert_accessible(page)
    # Reach by channel, on a phone: the table scrolls in its own region, the page does not.
    page.set_viewport_size({"width": 360, "height": 740})
    reach = page.get_by_role("region", name="Арналар бойынша қамту")
    expect(reach.locator("tfoot")).to_contain_text("1")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.go_back()

    page.locator("button[name=format][value=csv]").click()
    expect(page).to_have_url(re.compile(r"/kk/exports/\d+/$"))
    link = page.locator('a[href^="/kk/exports/"][href$="/download/"]')
    expect(link).to_be_visible()  # tasks run in-process here: done at once
    assert_accessible(page)
    with page.expect_download() as download:
        link.click()
    rows = list(
        csv.reader(io.StringIO(open(download.value.path(), encoding="utf-8-sig").read()))  # noqa: SIM115
    )
    assert len(rows) == 1 + 5
    assert {row[4] for row in rows[1:]} == {country["school"].name_kk}

    # Without Celery beat, the officer recounts the figures from the page
    # (in-process here: done before the page comes back).
    page.goto(f"{live_server.url}/kk/reports/courses/")
    page.get_by_role("button", name="Көрсеткіштерді қазір қайта есептеу").click()
    expect(page).to_have_url(f"{live_server.url}/kk/reports/courses/")
    expect(page.locator(".messages")).to_contain_text("Көрсеткіштерді қайта есептеу сұралды.")
    expect(page.locator(".freshness")).to_contain_text("Көрсеткіштер есептелген уақыт")
    expect(page.locator(".freshness")).not_to_contain_text("күтілуде")
    assert_accessible(page)
