"""An attention check in a real browser, in Kazakh on a phone-sized screen:
the beat that reaches the check's moment opens a dialog, counting pauses, and
pressing the number shown closes it and counting goes on. The lesson page
also shows what is left of today's allowance of academic hours."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import LessonProgress
from tests.browser.conftest import TEACHER, axe_violations, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def lesson(one_lesson, settings):
    settings.COURSES_ATTENTION_CHECK_SECONDS = (5, 5)
    return one_lesson


def test_the_attention_check_pauses_and_resumes_counting(page, live_server, lesson):
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, live_server.url, TEACHER)
    page.goto(f"{live_server.url}{lesson.url}")
    # Today's allowance of the daily limit (8 academic hours by default), in Kazakh.
    allowance = page.locator("#allowance")
    expect(allowance).to_contain_text("Бүгін:")
    expect(allowance).to_contain_text("0 есептелді")
    dialog = page.get_by_role("dialog", name="Сабақпен әлі жұмыс істеп отырсыз ба?")
    expect(dialog).to_be_hidden()
    # 3 s studied, the last beat 5 s ago: the next beat passes the 5 s mark.
    LessonProgress.objects.update(
        active_seconds=3, last_beat_at=timezone.now() - timedelta(seconds=5)
    )
    page.mouse.move(20, 20)
    expect(dialog).to_be_visible(timeout=15000)
    expect(page.locator("[data-paused]")).to_be_visible()
    assert LessonProgress.objects.get().check_open_since is not None
    assert axe_violations(page) == []

    number = dialog.locator("[data-check-number]").inner_text()
    dialog.get_by_role("button", name=number, exact=True).click()
    expect(dialog).to_be_hidden()
    expect(page.locator("[data-paused]")).to_be_hidden()
    progress = LessonProgress.objects.get()
    assert (progress.checks_passed, progress.check_open_since) == (1, None)
    # Counting goes on: the next beats add time again.
    studied = progress.active_seconds
    LessonProgress.objects.update(last_beat_at=timezone.now() - timedelta(seconds=3))
    page.mouse.move(40, 40)
    deadline = timezone.now() + timedelta(seconds=15)
    while LessonProgress.objects.get().active_seconds <= studied and timezone.now() < deadline:
        page.wait_for_timeout(250)
    assert LessonProgress.objects.get().active_seconds > studied
