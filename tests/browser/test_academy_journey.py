"""Journey 3: a parent finds the school's academy, registers for a session
without an account, receives the confirmation with an .ics file, checks in
with the code during the session, sees the attendance, and receives the
attendance certificate after the programme's required sessions (two here:
one attended earlier, marked by the coordinator, and this one)."""

import re
from datetime import UTC, timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from academy import codes
from academy.models import Attendance, ProgrammePage, Registration, Session, TopicPage
from certificates.demo import ORGANISATION, TEXT
from certificates.models import Certificate, CertificateTemplate
from tests.browser.conftest import axe_violations
from tests.factories import HomePageFactory, SchoolFactory

pytestmark = pytest.mark.django_db(transaction=True)
EMAIL = "olga.kim@example.kz"


@pytest.fixture
def academy(migrated_data, live_server, settings):
    settings.SITE_URL = live_server.url
    home = HomePageFactory(title="Bilim", slug="home-a")
    programme = home.add_child(
        instance=ProgrammePage(title="Parents' Academy", slug="parents", required_sessions=2)
    )
    topic = programme.add_child(instance=TopicPage(title="Safe social networks", slug="social"))
    earlier_topic = programme.add_child(instance=TopicPage(title="Bullying", slug="bullying"))
    CertificateTemplate.objects.create(
        name="Academy",
        programme_key=str(programme.translation_key),
        number_prefix="АА-{year}-",
        **{f"text_{code}": text for code, text in TEXT.items()},
        **{f"organisation_{code}": text for code, text in ORGANISATION.items()},
    )
    school = SchoolFactory(name_en="School-lyceum No. 7")
    now = timezone.now()

    def session(topic, starts, **fields):
        return Session.objects.create(
            school=school,
            topic=topic,
            topic_key=topic.translation_key,
            programme_key=programme.translation_key,
            format="in_person",
            room="Assembly hall",
            starts_at=starts,
            ends_at=starts + timedelta(minutes=90),
            capacity=20,
            facilitator="Gulnar Nurlanova",
            **fields,
        )

    earlier = session(earlier_topic, now - timedelta(days=7))
    attended = Registration.objects.create(
        session=earlier, name="Olga Kim", email=EMAIL, status="confirmed", language="en"
    )
    Attendance.objects.create(registration=attended, mark="present", source="coordinator")
    return {"school": school, "session": session(topic, now - timedelta(minutes=3))}


def test_parent_registers_checks_in_and_gets_the_certificate(page, live_server, academy):
    school, session = academy["school"], academy["session"]
    base = live_server.url

    # Find the school's academy: region, then district, then school.
    page.goto(f"{base}/en/academy/")
    page.get_by_label("Region").select_option(str(school.region_id))
    page.get_by_label("District").select_option(str(school.district_id))
    page.get_by_label("School", exact=True).select_option(str(school.pk))
    page.get_by_role("button", name="Open the school's academy").click()
    expect(page).to_have_url(re.compile(rf"/en/academy/school/{school.code}/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("School-lyceum No. 7")

    # Register without an account.
    page.get_by_role("link", name="Safe social networks").click()
    page.get_by_label("Your name").fill("Olga Kim")
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label("I agree to the processing of my personal data").check()
    page.get_by_role("button", name="Register").click()
    expect(page.locator(".message--success")).to_contain_text(EMAIL)

    # The confirmation, with the event as a calendar file.
    (letter,) = [m for m in mail.outbox if m.to == [EMAIL]]
    name, calendar, mimetype = letter.attachments[0]
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    assert "BEGIN:VEVENT" in calendar
    assert f"DTSTART:{session.starts_at.astimezone(UTC):%Y%m%dT%H%M%SZ}" in calendar

    # The signed link from the letter: no password needed. Check in with the code.
    link = re.search(r"https?://\S+/academy/registrations/\S+/", letter.body).group(0)
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("My academy")
    wrong = "000000" if codes.current_code(session) != "000000" else "111111"
    page.get_by_label("Check-in code").fill(wrong)
    page.get_by_role("button", name="Check in").click()
    expect(page.locator(".message--error")).to_contain_text("Wrong or expired code")
    assert not Attendance.objects.filter(registration__session=session).exists()

    page.get_by_label("Check-in code").fill(codes.current_code(session))
    page.get_by_role("button", name="Check in").click()
    expect(page.locator(".message--success")).to_contain_text("checked in")
    expect(page.get_by_text("Attendance: Present")).to_be_visible()

    # The certificate follows the second attended session.
    certificate = Certificate.objects.get()
    assert certificate.holder.email == EMAIL and certificate.pdf
    assert any(
        m.to == [EMAIL] and m.attachments and m.attachments[0][0].endswith(".pdf")
        for m in mail.outbox
    )
    page.goto(link)
    expect(page.get_by_text("2 of 2 sessions attended")).to_be_visible()
    expect(page.get_by_text(f"Attendance certificate No. {certificate.number}")).to_be_visible()
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]
    page.get_by_role("link", name="Check it").click()
    expect(page.locator(".verdict--valid")).to_be_visible()


def test_academy_pages_have_no_wcag_aa_violations(page, live_server, academy):
    school, session = academy["school"], academy["session"]
    for path in (
        "/en/academy/",
        f"/en/academy/school/{school.code}/",
        f"/en/academy/session/{session.pk}/",
    ):
        page.goto(f"{live_server.url}{path}")
        violations = axe_violations(page)
        assert violations == [], (path, [(v["id"], v["help"], len(v["nodes"])) for v in violations])
