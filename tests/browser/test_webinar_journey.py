"""Journey 3 on the platform's own webinar rooms (BigBlueButton, faked over
real HTTP): a parent signs in, opens the session, joins and lands in the
room; the beats that follow the meeting run at simulated minutes 0…40 while
she stays, she leaves, the meeting ends at 60 and BigBlueButton calls back:
her session page and My academy say present. A second parent who left after
five minutes is not marked, and the coordinator's register shows his
minutes. The setup is ``webinar_academy`` (tests/browser/conftest.py)."""

import re
from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from academy.models import Attendance
from tests.browser.conftest import follow_at, sign_in
from webinars.models import Meeting

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_parent_who_stays_is_marked_present_by_the_minutes(page, live_server, webinar_academy):
    base, session = live_server.url, webinar_academy["session"]
    fake, aigerim, bolat = (
        webinar_academy["fake"],
        webinar_academy["parents"]["aigerim"],
        webinar_academy["parents"]["bolat"],
    )

    # Aigerim signs in, opens the session and joins the webinar: she is in the room.
    sign_in(page, base, aigerim.email)
    page.goto(f"{base}/en/academy/session/{session.pk}/")
    page.get_by_role("link", name="Join the webinar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("In the meeting")
    expect(page.get_by_text("Seitova Aigerim (VIEWER)")).to_be_visible()
    meeting = Meeting.objects.get(session=session)
    assert fake.attendees(meeting.meeting_id) == {str(aigerim.pk): ("Seitova Aigerim", "VIEWER")}

    # Bolat joins too (through his own link, from another device) and leaves after five minutes.
    fake.join_as(meeting.meeting_id, bolat.pk, bolat.name)
    follow_at(session, 0)
    fake.leave(meeting.meeting_id, bolat.pk)
    for minute in (5, 10, 20, 30):
        follow_at(session, minute)
    fake.leave(meeting.meeting_id, aigerim.pk)
    follow_at(session, 40)

    # The moderator ends the meeting at 60: BigBlueButton calls our callback over HTTP.
    assert fake.end_meeting(meeting.meeting_id) == 200
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.ENDED

    page.goto(f"{base}/en/academy/session/{session.pk}/")
    expect(page.get_by_text("In the webinar room: 40 minutes.")).to_be_visible()
    expect(page.get_by_text("Attendance: Present")).to_be_visible()
    page.goto(f"{base}/en/academy/my/")
    expect(page.get_by_text("Attendance: Present")).to_be_visible()
    assert Attendance.objects.get(registration=bolat).mark == ""

    # The coordinator's register: Bolat unmarked, with his five minutes.
    page.context.clear_cookies()
    sign_in(page, base, webinar_academy["coordinator"].email)
    page.goto(f"{base}/en/academy/manage/sessions/{session.pk}/")
    bolat_card = page.locator(f"#person-{bolat.pk}")
    expect(bolat_card).to_contain_text("5 minutes in the webinar room")
    expect(bolat_card.get_by_role("button", name="Present")).to_have_attribute(
        "aria-pressed", "false"
    )
    aigerim_card = page.locator(f"#person-{aigerim.pk}")
    expect(aigerim_card).to_contain_text("40 minutes in the webinar room")
    expect(aigerim_card.get_by_role("button", name="Present")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(page.get_by_role("link", name=re.compile("Start the webinar"))).to_be_visible()


CHAT = 7710001  # Aigerim's Telegram chat with the bot


def test_a_parent_links_telegram_is_reminded_there_and_stays_long_enough(
    page, live_server, webinar_academy, fake_telegram, monkeypatch, mailoutbox
):
    """The journey of issue #18, in Kazakh on a 360 px screen: Aigerim links
    Telegram from My academy (the deep link's one-time token, /start through
    the webhook with the secret header), the hour's reminder reaches her chat
    once however often the beat runs, she joins the webinar by the link in
    that message and stays 40 of 60 minutes: present. Bolat leaves after 5:
    not marked."""
    from academy.tasks import send_due_reminders
    from messaging.models import Delivery

    base, session = live_server.url, webinar_academy["session"]
    fake, aigerim, bolat = (
        webinar_academy["fake"],
        webinar_academy["parents"]["aigerim"],
        webinar_academy["parents"]["bolat"],
    )
    aigerim.language = "kk"
    aigerim.save(update_fields=["language"])
    aigerim.user.preferred_language = "kk"
    aigerim.user.save(update_fields=["preferred_language"])
    # Both registered two days ago; it is now fifty minutes before the start.
    session.registrations.update(created_at=session.starts_at - timedelta(days=2))
    real_now, shift = timezone.now, {"by": timedelta()}
    shift["by"] = session.starts_at - timedelta(minutes=50) - real_now()
    monkeypatch.setattr(timezone, "now", lambda: real_now() + shift["by"])
    page.set_viewport_size({"width": 360, "height": 740})

    # My academy: "Link Telegram" leads to the bot with a one-time token.
    deep_links = []
    page.route(
        "https://t.me/**",
        lambda route: (
            deep_links.append(route.request.url),
            route.fulfill(body="<html lang='kk'><title>Telegram</title></html>"),
        ),
    )
    sign_in(page, base, aigerim.user.email)
    page.goto(f"{base}/kk/academy/my/")
    expect(page.get_by_role("heading", name="Еске салуларды қайда жібереміз")).to_be_visible()
    page.get_by_role("button", name="Telegram-ды қосу").click()
    page.wait_for_url("https://t.me/**")
    token = parse_qs(urlparse(deep_links[0]).query)["start"][0]

    # She presses Start: Telegram posts /start <token> to our webhook with the secret.
    status = fake_telegram.send_update(CHAT, f"/start {token}", url=f"{base}/telegram/webhook/")
    assert status == 200
    assert len(fake_telegram.inbox(CHAT)) == 1  # the bot's answer, in Kazakh
    page.goto(f"{base}/kk/academy/my/")
    expect(page.locator("#telegram-state")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # The beat runs twice (two beat processes): the hour's reminder reaches her chat once.
    send_due_reminders()
    send_due_reminders()
    reminders = fake_telegram.inbox(CHAT)[1:]
    assert len(reminders) == 1, reminders
    assert "Signs of bullying" in reminders[0]
    assert Delivery.objects.filter(kind="reminder_1h", status="sent").count() == 1
    assert len([m for m in mailoutbox if aigerim.email in m.to]) == 1  # and by e-mail, once

    # Fifty minutes on, the session has begun: she joins by the link in the message.
    shift["by"] = timedelta()
    join_url = re.search(r"https?://\S+/join/\S+", reminders[0]).group(0)
    page.goto(join_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("In the meeting")
    meeting = Meeting.objects.get(session=session)
    assert str(aigerim.pk) in fake.attendees(meeting.meeting_id)

    # Bolat is in for five minutes; Aigerim stays forty; the meeting ends at sixty.
    fake.join_as(meeting.meeting_id, bolat.pk, bolat.name)
    follow_at(session, 0)
    fake.leave(meeting.meeting_id, bolat.pk)
    for minute in (5, 10, 20, 30):
        follow_at(session, minute)
    fake.leave(meeting.meeting_id, aigerim.pk)
    follow_at(session, 40)
    assert fake.end_meeting(meeting.meeting_id) == 200

    page.goto(f"{base}/kk/academy/session/{session.pk}/")
    expect(page.get_by_text("Вебинар бөлмесінде: 40 минут.")).to_be_visible()
    page.goto(f"{base}/kk/academy/my/")
    expect(page.get_by_text("Қатысу: Қатысты")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert Attendance.objects.get(registration=aigerim).mark == Attendance.Mark.PRESENT
    assert Attendance.objects.get(registration=bolat).mark == ""
    assert Attendance.objects.get(registration=bolat).online_minutes == 5
