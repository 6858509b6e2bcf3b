"""The reports write when their figures were counted as every other page
writes a date and time (docs/design.md, "Dates"): 07.12.2026, 14:30 in
Kazakh and Russian, 7 Dec 2026, 14:30 in English, a bare time as 14:30."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache

from reports import freshness
from reports.models import SummaryRun
from tests.reports.helpers import person
from users import roles

# One xdist worker for the module: its data (conftest's `country`) is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]
ALMATY = ZoneInfo("Asia/Almaty")
COUNTED = datetime(2026, 12, 7, 14, 30, tzinfo=ALMATY)
ASKED = datetime(2026, 12, 7, 15, 5, tzinfo=ALMATY)


@pytest.fixture
def officer(client, country):
    client.force_login(person(roles.REGIONAL_OFFICERS, region=country["regions"][0]))
    return client


@pytest.mark.parametrize(
    ("report", "language", "counted"),
    [
        ("academy", "kk", "07.12.2026, 14:30"),
        ("academy", "ru", "07.12.2026, 14:30"),
        ("academy", "en", "7 Dec 2026, 14:30"),
        # The course exists in Kazakh only here; elsewhere the page says there is no course.
        ("courses", "kk", "07.12.2026, 14:30"),
    ],
)
def test_the_report_says_when_it_was_counted(officer, country, report, language, counted):
    SummaryRun.objects.update(counted_at=COUNTED)
    cache.set(freshness.REQUEST_KEY, ASKED)
    try:
        response = officer.get(f"/{language}/reports/{report}/?region={country['regions'][0].pk}")
    finally:
        cache.delete(freshness.REQUEST_KEY)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{counted}." in html  # "Figures counted at 07.12.2026, 14:30."
    assert "15:05" in html  # the recount asked for, a bare time
