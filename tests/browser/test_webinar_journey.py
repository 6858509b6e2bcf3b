"""Journey 3 on the platform's own webinar rooms (BigBlueButton, faked over
real HTTP): a parent signs in, opens the session, joins and lands in the
room; the beats that follow the meeting run at simulated minutes 0…40 while
she stays, she leaves, the meeting ends at 60 and BigBlueButton calls back:
her session page and My academy say present. A second parent who left after
five minutes is not marked, and the coordinator's register shows his
minutes. The setup is ``webinar_academy`` (tests/browser/conftest.py)."""

import re

import pytest
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
