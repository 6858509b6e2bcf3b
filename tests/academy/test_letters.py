"""The confirmation's calendar file, and letters in the registrant's language."""

from datetime import UTC, datetime

from django.core import mail

from academy import ics, services, tokens


def unfold(text):
    return text.replace("\r\n ", "")


def test_calendar_file_is_rfc_5545():
    start = datetime(2026, 3, 2, 13, 0, tzinfo=UTC)
    body = ics.calendar(
        uid="academy-session-1@bilim.kz",
        start=start,
        end=datetime(2026, 3, 2, 14, 30, tzinfo=UTC),
        summary="Әлеуметтік желілер, TikTok; қауіпсіздік",
        description="Бірінші жол\nЕкінші жол " + "ә" * 80,
        location="Акт залы",
        url="https://bilim.kz/kk/academy/join/abc/",
    )
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    for line in body.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    body.encode("utf-8").decode("utf-8")  # no character split by the folding
    flat = unfold(body)
    assert "DTSTART:20260302T130000Z" in flat
    assert "DTEND:20260302T143000Z" in flat
    assert "SUMMARY:Әлеуметтік желілер\\, TikTok\\; қауіпсіздік" in flat
    assert "DESCRIPTION:Бірінші жол\\nЕкінші жол " in flat
    assert "UID:academy-session-1@bilim.kz" in flat
    assert "LOCATION:Акт залы" in flat
    assert "URL:https://bilim.kz/kk/academy/join/abc/" in flat


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
    flat = unfold(content)
    assert f"UID:academy-session-{session.pk}@bilim.example.kz" in flat
    assert "DTSTART:" + session.starts_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") in flat
    join = f"https://bilim.example.kz/ru/academy/join/{tokens.join_token(registration)}/"
    assert f"URL:{join}" in flat
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
