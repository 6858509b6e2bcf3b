"""Journey 2: a teacher enrols, opens a lesson, is refused completion before
the active time, completes it after, finds the next lesson unlocked, passes
the module test and sees the hours rise."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from courses.models import AssessmentPage, LessonPage
from tests.course_fixtures import tiny_course
from tests.factories import HomePageFactory, UserFactory, course_tree

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def course(migrated_data):
    home = HomePageFactory(title="Басты бет", slug="home-journey")
    data = tiny_course(modules=1, lessons_per_module=2, slug="journey")
    data["modules"][0]["lessons"][1]["required"] = False
    data["modules"][0]["test"]["hours"] = 1
    data["declared_hours"] = 5
    Locale.objects.get_or_create(language_code="ru")
    return course_tree(home, data)


def click_action(page, action):
    page.locator(f"form:has(input[name=action][value={action}]) button[type=submit]").click()


def progress_value(page, live_server):
    page.goto(f"{live_server.url}/kk/me/")
    return int(page.locator("progress").first.get_attribute("value"))


def test_teacher_studies_a_lesson_and_passes_a_module_test(page, live_server, course, clock):
    UserFactory(email="learner@example.kz", role="teacher")
    page.goto(f"{live_server.url}/kk/accounts/login/")
    page.get_by_label("Электрондық пошта").fill("learner@example.kz")
    page.get_by_label("Құпия сөз").fill("correct-horse-battery")
    page.get_by_role("button", name="Кіру").click()

    page.goto(f"{live_server.url}{course.url}")
    click_action(page, "enrol")
    first, second = LessonPage.objects.descendant_of(course).order_by("path")
    page.goto(f"{live_server.url}{second.url}")  # not unlocked yet: back to the course
    expect(page).to_have_url(re.compile(re.escape(course.url) + "$"))

    page.goto(f"{live_server.url}{first.url}")
    done = page.locator("form[data-complete] button[type=submit]")
    expect(done).to_be_disabled()
    expect(page.locator("#complete-hint")).to_be_visible()
    # The server refuses too, for a page that skips the disabled button.
    done.evaluate("button => button.disabled = false")
    click_action(page, "complete")
    expect(page.locator(".message--error")).to_be_visible()
    assert progress_value(page, live_server) == 0

    # One minute of active study is needed. The page reports it in heartbeats;
    # the minute passes at once, for the page and the server alike.
    clock.hold()
    page.goto(f"{live_server.url}{first.url}")
    interval = int(page.locator("#active-time").get_attribute("data-interval"))
    for step in range(60 // interval):
        page.mouse.move(20, 20 + step)
        with page.expect_response(lambda response: "/heartbeat/" in response.url) as beat:
            clock.run_for(interval)
        assert beat.value.ok
    expect(page.locator("#active-time.is-enough")).to_be_visible()
    expect(page.locator("form[data-complete] button[type=submit]")).to_be_enabled()
    expect(page.locator("#complete-hint")).to_be_hidden()
    clock.resume()
    click_action(page, "complete")
    expect(page.locator(".message--success")).to_be_visible()
    after_lesson = progress_value(page, live_server)
    assert after_lesson == 40  # 2 of 5 hours

    page.goto(f"{live_server.url}{second.url}")
    expect(page).to_have_url(re.compile(re.escape(second.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(second.title)

    test = AssessmentPage.objects.descendant_of(course).order_by("path").first()
    page.goto(f"{live_server.url}{test.url}")
    click_action(page, "start")
    for block in test.questions:
        if block.block_type == "single":
            right = next(c.id for c in block.value["options"].bound_blocks if c.value["correct"])
            page.locator(f"#q{block.id}-{right}").check()
        elif block.block_type == "true_false":
            page.locator(f"#q{block.id}-{'true' if block.value['answer'] else 'false'}").check()
    click_action(page, "submit")
    expect(page.locator(".message--success")).to_be_visible()
    assert progress_value(page, live_server) == 60  # 3 of 5 hours
