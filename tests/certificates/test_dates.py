"""Dates and hours on certificates as each language writes them: the public
check shows 06.12.2026 in Kazakh and Russian and 6 Dec 2026 in English, like
the rest of the site (docs/design.md, "Dates"), and the certificate text says
2,5 hours in Kazakh and Russian."""

import re
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from certificates import services
from certificates.models import Certificate

pytestmark = pytest.mark.django_db
ALMATY = ZoneInfo("Asia/Almaty")


@pytest.fixture
def certificate(completed):
    certificate = services.issue_for_enrolment(completed.pk)
    Certificate.objects.filter(pk=certificate.pk).update(
        started_on=date(2026, 9, 1),
        completed_on=date(2026, 12, 6),
        issued_at=datetime(2026, 12, 6, 23, 30, tzinfo=ALMATY),
    )
    certificate.refresh_from_db()
    return certificate


@pytest.mark.parametrize(
    ("language", "studied", "issued"),
    [
        ("kk", "01.09.2026 – 06.12.2026", "06.12.2026"),
        ("ru", "01.09.2026 – 06.12.2026", "06.12.2026"),
        ("en", "1 Sep 2026 – 6 Dec 2026", "6 Dec 2026"),
    ],
)
def test_the_check_page_writes_the_languages_date(client, certificate, language, studied, issued):
    html = client.get(f"/{language}/certificates/verify/{certificate.code}/").content.decode()
    assert f"<dd>{studied}</dd>" in html
    assert f"<dd>{issued}</dd>" in html  # issued, in Almaty time (18:30 UTC)
    assert "2026," not in html and "Жел." not in html and "декабря" not in html


@pytest.mark.parametrize(("language", "day"), [("kk", "07.12.2026"), ("en", "7 Dec 2026")])
def test_a_revoked_certificate_gives_the_date_the_same_way(client, certificate, language, day):
    services.revoke(certificate, "Қате")
    Certificate.objects.filter(pk=certificate.pk).update(
        revoked_at=datetime(2026, 12, 7, 9, 0, tzinfo=ALMATY)
    )
    html = client.get(f"/{language}/certificates/verify/{certificate.code}/").content.decode()
    verdict = re.search(r'class="verdict verdict--revoked".*?</p>', html, re.S)[0]
    assert day in verdict  # "07.12.2026 күні күші жойылған", "revoked on 7 Dec 2026"


def test_the_certificate_text_writes_numbers_and_dates_per_language(template):
    texts = services.frozen_texts(
        template,
        "Құрманғалиева Әсем",
        {"kk": "Курс", "ru": "Курс", "en": "Course"},
        Decimal("2.50"),
        date(2026, 9, 1),
        date(2026, 12, 6),
        "ПК-2026-000001",
    )
    assert "01.09.2026 – 06.12.2026" in texts["kk"]["body"]
    assert "2,5 академиялық сағат" in texts["kk"]["body"]
    assert "в объёме 2,5 академических часов" in texts["ru"]["body"]
    assert "01.09.2026" in texts["ru"]["body"] and "06.12.2026" in texts["ru"]["body"]
    assert "of 2.5 academic hours between 1 Sep 2026 and 6 Dec 2026" in texts["en"]["body"]
