"""The demo as ``make run`` builds it (``seed_demo``, no Celery beat): the
region officer sees the demo's figures in both reports, read from the pages
and checked against counts made here from the source rows. Nothing in this
test refreshes the summaries; ``seed_demo`` must have."""

import re

import pytest
from django.utils import translation

from certificates.models import Certificate
from courses.models import Enrolment
from directory.models import School
from lms.l10n import percent
from tests.reports.test_academy_report import counted
from users.models import User

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("acceptance")]


def footer(html):
    """The figures of the report table's Total row, as shown (the first
    table's: on the academy report, reach by channel has a Total row too)."""
    row = re.findall(r"<tfoot>(.*?)</tfoot>", html, re.S)[0]
    return [cell.strip() for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]


def test_the_region_officer_sees_the_demos_figures(client, demo):
    officer = User.objects.get(email="region@demo.bilim.kz")
    client.force_login(officer)
    enrolments = Enrolment.objects.filter(user__school__region=officer.region)
    certificates = Certificate.objects.filter(
        status="valid", source__startswith="course:", school__region=officer.region
    )
    expected = [enrolments.count(), enrolments.exclude(completed_at=None).count()]
    assert expected[0] >= 2 and expected[1] >= 1 and certificates.count() >= 1

    for language in ("kk", "ru", "en"):
        page = client.get(f"/{language}/reports/courses/")
        assert page.status_code == 200
        enrolled, _active, completed, issued, _hours = footer(page.content.decode())
        assert [int(enrolled), int(completed)] == expected
        assert int(issued) == certificates.count()
        assert page.context["counted_at"] is not None

    academy = counted(School.objects.filter(region=officer.region))
    assert academy["held"] > 0 and academy["registrations"] > 0 and academy["attended"] > 0
    for language in ("kk", "ru", "en"):
        page = client.get(f"/{language}/reports/academy/")
        assert page.status_code == 200
        held, cancelled, registrations, attended, rate, _certificates = footer(
            page.content.decode()
        )
        assert [int(held), int(cancelled), int(registrations), int(attended)] == [
            academy[name] for name in ("held", "cancelled", "registrations", "attended")
        ]
        with translation.override(language):  # "50%", but "50 %" in Russian
            assert rate == percent(academy["rate"])
        assert page.context["trend"] and page.context["topics"]
