"""The live study counter in Kazakh: the sentence puts the required minutes
first («15 минуттың 0 минуты оқылды»), and a heartbeat must change the
studied minutes, not whichever number comes first."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import LessonProgress
from tests.browser.conftest import TEACHER, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def lesson(one_lesson):
    return one_lesson


def test_a_heartbeat_changes_the_studied_minutes_only(page, live_server, lesson):
    sign_in(page, live_server.url, TEACHER)
    page.goto(f"{live_server.url}{lesson.url}")
    counter = page.locator("#active-time .checklist__text")
    expect(counter).to_have_text("15 минуттың 0 минуты оқылды. Қалды: 15 мин")
    # 58 seconds so far, the last beat 5 seconds ago: the next beat makes a minute.
    LessonProgress.objects.update(
        active_seconds=58, last_beat_at=timezone.now() - timedelta(seconds=5)
    )
    page.mouse.move(20, 20)
    expect(counter).to_have_text("15 минуттың 1 минуты оқылды. Қалды: 14 мин", timeout=15000)
    assert counter.locator("[data-minutes]").inner_text() == "1"
    # A minute of fifteen: the bar moved off zero, as far as the seconds go.
    expect(page.locator("#active-time progress")).to_have_attribute("value", re.compile(r"^[67]$"))
