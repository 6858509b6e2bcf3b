"""A practical task in a real browser, in Kazakh on a phone-sized screen: the
word count follows the typing, the answer is submitted and waits for a
reviewer, and the page passes axe under the site's Content-Security-Policy."""

import pytest
from playwright.sync_api import expect

from courses.models import PracticalSubmission
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.django_db(transaction=True)
LEARNER = "practical-task@example.kz"


@pytest.fixture
def lesson(migrated_data):
    from courses import services
    from tests.course_fixtures import lessons, tiny_course
    from tests.courses.test_practical import with_tasks
    from tests.factories import HomePageFactory, UserFactory, course_tree

    data = with_tasks(tiny_course(modules=1, lessons_per_module=1, slug="practical"))
    course = course_tree(HomePageFactory(slug="home-practical"), data)
    services.enroll(UserFactory(email=LEARNER, role="teacher"), course)
    return lessons(course)[0]


def test_the_word_count_follows_the_typing_and_the_answer_waits(page, live_server, lesson):
    from tests.browser.conftest import axe_violations

    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, live_server.url, LEARNER)
    page.goto(f"{live_server.url}{lesson.url}")
    task = page.locator(".practical-task").nth(1)
    expect(task.get_by_role("heading")).to_have_text("Практикалық тапсырма 2")
    answer = task.get_by_label("Сіздің жауабыңыз")
    answer.fill("Сынып сағатында   қауіпсіз интернет туралы")
    expect(task.locator("output")).to_have_text("5")
    expect(task).to_contain_text("Жазылған сөздер саны: 5")
    assert axe_violations(page) == []
    task.get_by_role("button", name="Жауапты жіберу").click()
    expect(page.locator(".practical-task").nth(1)).to_contain_text("тексерушіні күтуде")
    assert PracticalSubmission.objects.get().status == "submitted"
