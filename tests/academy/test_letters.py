"""The confirmation's calendar file, and letters in the registrant's language."""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from icalendar import Calendar

from academy import ics, services, tokens


def event_in(content):
    """The one event of a calendar file, parsed by icalendar."""
    (event,) = Calendar.from_ical(content).events
    return event


def test_calendar_file_is_rfc_5545():
    start = datetime(2026, 3, 2, 13, 0, tzinfo=UTC)
    body = ics.calendar(
        uid="academy-session-1@bilim.kz",
        start=start.astimezone(ZoneInfo("Asia/Almaty")),
        end=datetime(2026, 3, 2, 14, 30, tzinfo=UTC),
        summary="Әлеуметтік желілер, TikTok; қауіпсіздік",
        description="Бірінші жол\nЕкінші жол " + "ә" * 80,
        location="Акт залы",
        url="https://bilim.kz/kk/academy/join/abc/",
        sequence=2,
    )
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    for line in body.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75  # folded without splitting a letter
    # Written in UTC whatever the zone given, so each calendar shows its own time.
    assert "\r\nDTSTART:20260302T130000Z\r\n" in body
    assert "\r\nDTEND:20260302T143000Z\r\n" in body
    calendar = Calendar.from_ical(body)
    assert calendar["METHOD"] == "PUBLISH" and calendar["VERSION"] == "2.0"
    event = event_in(body)
    assert event["UID"] == "academy-session-1@bilim.kz"
    assert event.decoded("DTSTART") == start
    assert event.decoded("DTEND") == datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
    assert event["SUMMARY"] == "Әлеуметтік желілер, TikTok; қауіпсіздік"
    assert event["DESCRIPTION"] == "Бірінші жол\nЕкінші жол " + "ә" * 80
    assert event["LOCATION"] == "Акт залы"
    assert event["URL"] == "https://bilim.kz/kk/academy/join/abc/"
    assert (event["SEQUENCE"], event["STATUS"]) == (2, "CONFIRMED")


def test_a_cancelled_event_has_only_what_was_given():
    moment = datetime(2026, 3, 2, 13, 0, tzinfo=UTC)
    event = event_in(
        ics.calendar(uid="u@bilim.kz", start=moment, end=moment, summary="S", cancelled=True)
    )
    assert event["STATUS"] == "CANCELLED"
    assert not {"DESCRIPTION", "LOCATION", "URL"} & set(event)


def test_confirmation_carries_the_event_with_the_join_link(session, on_commit, settings):
    settings.SITE_URL = "https://bilim.example.kz"
    with on_commit():
        registration, _ = services.register(
            session, name="Ким Ольга", email="olga@example.kz", language="ru"
        )
    (letter,) = mail.outbox
    assert letter.to == ["olga@example.kz"]
    assert "Соцсети" in letter.subject  # the topic in Russian
    assert "Ким Ольга" in letter.body
    name, content, mimetype = letter.attachments[0]
    assert name == "session.ics" and mimetype.startswith("text/calendar")
    event = event_in(content)
    assert event["UID"] == f"academy-session-{session.pk}@bilim.example.kz"
    # To the second, as RFC 5545 writes times.
    assert event.decoded("DTSTART") == session.starts_at.replace(microsecond=0)
    assert event.decoded("DTEND") == session.ends_at.replace(microsecond=0)
    join = f"https://bilim.example.kz/ru/academy/join/{tokens.join_token(registration)}/"
    assert event["URL"] == join
    assert join in letter.body
    manage = tokens.manage_token("olga@example.kz")
    assert f"/ru/academy/registrations/{manage}/" in letter.body


def test_letters_follow_the_account_language(session, parent, on_commit):
    with on_commit():
        services.register(session, name="", email="", user=parent)
    assert "Соцсети" in mail.outbox[0].subject


def test_waitlist_letter_says_the_position(make_session, on_commit):
    session = make_session(capacity=1)
    with on_commit():
        services.register(session, name="A", email="a@example.kz", language="en")
        services.register(session, name="B", email="b@example.kz", language="en")
    waiting = [m for m in mail.outbox if m.to == ["b@example.kz"]][0]
    assert "waiting list" in waiting.subject
    assert "number 1" in waiting.body


def test_the_calendar_file_carries_no_secret_link(session, on_commit, settings):
    """Calendars are shared and synced: the link that manages registrations
    stays in the letter, private to the mailbox, and out of the event."""
    settings.SITE_URL = "https://bilim.example.kz"
    with on_commit():
        services.register(session, name="Ким Ольга", email="olga@example.kz", language="kk")
    with on_commit():
        services.update(
            session,
            topic_key=session.topic_key,
            starts_at=session.starts_at + timedelta(hours=1),
            ends_at=session.ends_at + timedelta(hours=1),
        )
    with on_commit():
        services.cancel_session(session)
    letters = [m for m in mail.outbox if m.to == ["olga@example.kz"]]
    # The letter's own manage link (the token carries the second it was
    # signed in, so one made here a second later would differ).
    manage = re.search(r"/kk/academy/registrations/([^/\s]+)/", letters[0].body).group(1)
    assert tokens.email_from_manage_token(manage) == "olga@example.kz"
    events = [event_in(a[1]) for m in letters for a in m.attachments]
    assert [e["STATUS"] for e in events] == ["CONFIRMED", "CONFIRMED", "CANCELLED"]
    for event in events:
        text = " ".join(str(value) for value in event.values())
        assert manage not in text and "/registrations/" not in text
        assert f"/kk/academy/session/{session.pk}/" in event["DESCRIPTION"]


@pytest.mark.parametrize(
    ("language", "words"),
    [("kk", ("Жүргізуші", "Онлайн қосылу", "Кездесу беті")), ("ru", ("Ведущий", "Страница"))],
)
def test_the_calendar_file_is_in_the_registrants_language(session, on_commit, language, words):
    with on_commit():
        services.register(session, name="Ким Ольга", email="olga@example.kz", language=language)
    description = event_in(mail.outbox[0].attachments[0][1])["DESCRIPTION"]
    for word in words:
        assert word in description
    # Only the links are in Latin letters.
    text = re.sub(r"https?://\S+", "", description)
    assert not re.findall(r"[A-Za-z]{3,}", text)
