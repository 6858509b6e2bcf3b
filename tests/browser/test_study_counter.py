"""The live study counter in Kazakh: the sentence puts the required minutes
first («15 минуттың 0 минуты оқылды»), and a heartbeat must change the
studied minutes, not whichever number comes first."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Page, Site

from content.models import HomePage
from courses import services
from courses.models import LessonPage, LessonProgress
from tests.course_fixtures import tiny_course
from tests.factories import UserFactory, course_tree

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def lesson(migrated_data, settings):
    settings.COURSES_HEARTBEAT_SECONDS = 1
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Басты бет", slug="home-counter")
    )
    Site.objects.update(root_page=home)
    data = tiny_course(modules=1, lessons_per_module=1, slug="counter")
    data["modules"][0]["lessons"][0]["min_active_minutes"] = 15
    course = course_tree(home, data)
    teacher = UserFactory(email="counter@example.kz", role="teacher")
    services.enroll(teacher, course)
    return LessonPage.objects.descendant_of(course).get()


def test_a_heartbeat_changes_the_studied_minutes_only(page, live_server, lesson):
    page.goto(f"{live_server.url}/kk/accounts/login/")
    page.get_by_label("Электрондық пошта").fill("counter@example.kz")
    page.get_by_label("Құпия сөз").fill("correct-horse-battery")
    page.get_by_role("button", name="Кіру").click()
    page.goto(f"{live_server.url}{lesson.url}")
    counter = page.locator("#active-time")
    expect(counter).to_have_text("15 минуттың 0 минуты оқылды.")
    # 58 seconds so far, the last beat 5 seconds ago: the next beat makes a minute.
    LessonProgress.objects.update(
        active_seconds=58, last_beat_at=timezone.now() - timedelta(seconds=5)
    )
    page.mouse.move(20, 20)
    expect(counter).to_have_text("15 минуттың 1 минуты оқылды.", timeout=15000)
    assert counter.locator("[data-minutes]").inner_text() == "1"
