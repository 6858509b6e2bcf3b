"""A recount asked for from a report page, and ``manage.py refresh_stats``.

The request queues ``reports.tasks.refresh_stats`` on commit (in-process
here, as without a broker); the page shows it pending until the summaries
were counted after the request; a second request meanwhile queues nothing;
only people with a report scope may ask.
"""

import io
import re
import time

import pytest
from django.core.cache import cache
from django.core.management import call_command

from reports import freshness
from reports.models import (
    AcademyWeek,
    CourseWeek,
    SchoolAcademyStats,
    SchoolCourseStats,
    SummaryRun,
)
from tests.factories import UserFactory
from tests.reports.helpers import person
from users import roles

# One xdist worker for the module: its data (conftest's `country`) is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]

REFRESH = "/kk/reports/refresh/"
PENDING = "Қайта есептеу күтілуде"


@pytest.fixture
def officer(client, country):
    client.force_login(person(roles.REGIONAL_OFFICERS, region=country["regions"][0]))
    return client


def report_url(country):
    return f"/kk/reports/courses/?region={country['regions'][0].pk}"


def refresh_form(html):
    """The recount form's action and ``next``, or None when the page has none."""
    form = re.search(r'<form method="post" action="([^"]*/refresh/)"[^>]*>(.*?)</form>', html, re.S)
    if form is None:
        return None
    return form[1], re.search(r'name="next" value="([^"]*)"', form[2])[1]


def test_a_recount_is_queued_shown_pending_and_then_done(
    officer, country, django_capture_on_commit_callbacks
):
    before = SummaryRun.objects.get(kind="courses").counted_at
    page = officer.get(report_url(country))
    assert page.context["pending"] is None and page.context["counted_at"] == before
    action, back = refresh_form(page.content.decode())
    assert (action, back.replace("&amp;", "&")) == (REFRESH, report_url(country))

    with django_capture_on_commit_callbacks() as queued:
        response = officer.post(action, {"next": back.replace("&amp;", "&")})
    assert response.status_code == 302 and response["Location"] == report_url(country)
    assert len(queued) == 1  # one refresh, after the commit

    page = officer.get(report_url(country))
    html = page.content.decode()
    assert page.context["pending"] is not None
    assert PENDING in html and "Соңғы көрсеткіштерді көрсету" in html  # a link, no auto-reload
    assert refresh_form(html) is None  # no second button while pending
    assert "Көрсеткіштерді қайта есептеу сұралды." in html  # the message of the request

    with django_capture_on_commit_callbacks() as again:
        officer.post(REFRESH, {"next": report_url(country)})
    assert again == []  # nothing more queued
    assert "Қайта есептеу бұрын сұралған" in officer.get(report_url(country)).content.decode()

    queued[0]()  # the worker runs it (in-process: at once)
    page = officer.get(report_url(country))
    html = page.content.decode()
    assert page.context["pending"] is None and page.context["counted_at"] > before
    assert PENDING not in html and "Соңғы көрсеткіштерді көрсету" not in html
    assert refresh_form(html) is not None
    academy = officer.get(f"/kk/reports/academy/?region={country['regions'][0].pk}")
    assert academy.context["pending"] is None
    assert academy.context["counted_at"] == SummaryRun.objects.get(kind="academy").counted_at


def test_a_request_left_unserved_expires(
    officer, country, monkeypatch, django_capture_on_commit_callbacks
):
    """A worker that died must not hide the button for ever."""
    monkeypatch.setattr(freshness, "PENDING_SECONDS", 1)
    with django_capture_on_commit_callbacks() as queued:
        officer.post(REFRESH, {"next": report_url(country)})
    assert len(queued) == 1  # and never run
    assert officer.get(report_url(country)).context["pending"] is not None
    time.sleep(1.2)
    page = officer.get(report_url(country))
    assert page.context["pending"] is None and refresh_form(page.content.decode())
    with django_capture_on_commit_callbacks() as queued:
        officer.post(REFRESH, {"next": report_url(country)})
    assert len(queued) == 1


@pytest.mark.parametrize("role", ["teacher", "parent"])
def test_people_without_a_report_scope_may_not_ask(
    client, country, role, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory(role=role, school=country["schools"]["a"]))
    with django_capture_on_commit_callbacks() as queued:
        response = client.post(REFRESH, {"next": "/kk/reports/courses/"})
    assert response.status_code == 403
    assert queued == [] and cache.get(freshness.REQUEST_KEY) is None


def test_staff_without_a_scope_anonymous_and_get_are_refused(
    client, country, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as queued:
        anonymous = client.post(REFRESH)
        client.force_login(person(roles.METHODOLOGISTS))
        methodologist = client.post(REFRESH)
        client.force_login(person(roles.NATIONAL_ANALYSTS))
        by_link = client.get(REFRESH)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    assert methodologist.status_code == 403
    assert by_link.status_code == 405
    assert queued == []


@pytest.mark.parametrize(
    "back",
    [
        "https://evil.example/",
        "//evil.example/",
        "javascript:alert(1)",
        "",
        "'" * 3000,
        "reports:courses",  # relative: would be reversed as a URL name
        "-1",
    ],
)
def test_the_way_back_stays_on_the_site(officer, country, back):
    response = officer.post(REFRESH, {"next": back})
    assert response.status_code == 302
    assert response["Location"] == "/kk/reports/courses/"


def test_the_command_recounts_every_summary_and_says_so(country):
    for model in (SchoolCourseStats, CourseWeek, SchoolAcademyStats, AcademyWeek, SummaryRun):
        model.objects.all().delete()
    out = io.StringIO()
    call_command("refresh_stats", stdout=out)
    schools = SchoolAcademyStats.objects.filter(school__isnull=False).count()
    assert SchoolCourseStats.objects.count() == 3 and schools > 0
    assert re.search(
        rf"course figures 3 rows .*Parents' Academy figures {schools} rows", out.getvalue()
    )
    assert set(SummaryRun.objects.values_list("kind", flat=True)) == {"courses", "academy"}
    assert CourseWeek.objects.exists() and AcademyWeek.objects.exists()
