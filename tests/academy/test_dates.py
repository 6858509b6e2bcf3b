"""Session dates and times read one way per language on the parent's and
the coordinator's pages and in the letters (docs/design.md, "Dates"):
07.12.2026, 14:30 in Kazakh and Russian, 7 Dec 2026, 14:30 in English."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from academy import emails
from academy.models import Registration

pytestmark = pytest.mark.django_db
ALMATY = ZoneInfo("Asia/Almaty")
UPCOMING = datetime(2030, 3, 5, 9, 5, tzinfo=ALMATY)  # 90 minutes: until 10:35
PAST = datetime(2025, 3, 4, 18, 0, tzinfo=ALMATY)
EXPECTED = {  # the upcoming session's start, and the past session's date
    "kk": ("05.03.2030, 09:05", "04.03.2025"),
    "ru": ("05.03.2030, 09:05", "04.03.2025"),
    "en": ("5 Mar 2030, 09:05", "4 Mar 2025"),
}
LANGUAGES = pytest.mark.parametrize("language", ["kk", "ru", "en"])


@pytest.fixture
def sessions(make_session):
    upcoming = make_session(starts_at=UPCOMING)
    past = make_session(starts_at=PAST)
    assert upcoming.ends_at == datetime(2030, 3, 5, 10, 35, tzinfo=ALMATY)
    return upcoming, past


@LANGUAGES
def test_my_academy_writes_the_languages_date_and_time(client, parent, sessions, language):
    for session in sessions:
        Registration.objects.create(
            session=session, user=parent, name="A", email=parent.email, status="confirmed"
        )
    client.force_login(parent)
    response = client.get(f"/{language}/academy/my/")
    assert response.status_code == 200
    html = response.content.decode()
    starts, day = EXPECTED[language]
    assert f">{starts}</time>–<time" in html
    assert ">10:35</time>" in html
    assert f">{day}</td>" in html


@LANGUAGES
def test_the_coordinators_session_list_writes_them_the_same_way(
    coordinator_client, sessions, language
):
    response = coordinator_client.get(f"/{language}/academy/manage/")
    assert response.status_code == 200
    assert f"{EXPECTED[language][0]}–10:35" in response.content.decode()


@LANGUAGES
def test_a_letter_writes_them_the_same_way(sessions, language):
    registration = Registration.objects.create(
        session=sessions[0], name="Ата-ана", email="parent@example.kz", status="confirmed"
    )
    with translation.override(language):
        context = emails.letter_context(registration)
    assert context["when"] == f"{EXPECTED[language][0]}–10:35"
    assert context["time"] == "09:05"
