"""The course outline and the lesson's way on, in a real browser at 360 px and
1366 px, in Kazakh (issue #14 point 4): done, next and locked steps in words,
modules that open and close with their progress, a locked step that is not a
link; a lesson with its module's outline, "N of M", previous and next, text
no wider than about 70 characters, and no sideways scrolling on a phone."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses import services
from courses.models import LessonProgress
from tests.browser.conftest import sign_in
from tests.course_fixtures import lessons, tiny_course
from tests.factories import HomePageFactory, UserFactory, course_tree

pytestmark = pytest.mark.django_db(transaction=True)

LEARNER = "outline@example.kz"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1366, "height": 768}


@pytest.fixture
def course(migrated_data):
    """Two modules of two lessons and a test each, a final test; the learner
    has done the first lesson, so the second is next and the rest locked."""
    course = course_tree(HomePageFactory(slug="home-outline"), tiny_course(slug="outline"))
    enrolment = services.enroll(UserFactory(email=LEARNER, role="teacher"), course)
    first = lessons(course)[0]
    progress = services.open_lesson(enrolment, first)
    LessonProgress.objects.filter(pk=progress.pk).update(
        active_seconds=120, started_at=timezone.now() - timedelta(minutes=3)
    )
    services.complete_lesson(enrolment, first)
    return course


def step(page, title):
    """The outline line of the lesson or test called ``title``."""
    return page.locator("li.step").filter(has_text=title)


def measure_fits(page, selector, characters=75):
    """True when ``selector``'s box is no wider than ``characters`` of its font."""
    return page.locator(selector).evaluate(
        """(el, characters) => {
            const probe = document.createElement("span");
            probe.style.cssText = `display:inline-block;width:${characters}ch`;
            el.appendChild(probe);
            const limit = probe.getBoundingClientRect().width;
            probe.remove();
            return el.getBoundingClientRect().width <= limit + 1;
        }""",
        characters,
    )


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360", "1366"])
def test_the_outline_says_done_next_and_locked(page, live_server, course, viewport):
    page.set_viewport_size(viewport)
    sign_in(page, live_server.url, LEARNER)
    page.goto(f"{live_server.url}{course.url}")
    assert no_horizontal_scroll(page)

    first_module, second_module = page.locator("details.module").all()
    expect(first_module).to_have_attribute("open", "")  # where the next step is
    expect(first_module.locator("summary")).to_contain_text("3 ішінен 1 орындалды")
    expect(first_module.locator("summary progress")).to_have_attribute("value", "33")
    expect(step(page, "Сабақ 0.0")).to_contain_text("Орындалды")
    expect(step(page, "Сабақ 0.0").get_by_role("link")).to_be_visible()
    expect(step(page, "Сабақ 0.1")).to_contain_text("Кезекте")
    expect(step(page, "Тест 0")).to_contain_text("Жабық")
    expect(step(page, "Тест 0")).to_contain_text("Тест")
    expect(step(page, "Тест 0")).not_to_contain_text("0 сағ")
    expect(step(page, "Тест 0").get_by_role("link")).to_have_count(0)

    # The second module is closed; its summary opens it, by mouse or keyboard.
    expect(second_module.locator("li.step").first).to_be_hidden()
    second_module.locator("summary").click()
    expect(step(page, "Сабақ 1.0")).to_be_visible()
    expect(step(page, "Сабақ 1.0")).to_contain_text("Жабық")
    expect(step(page, "Сабақ 1.0").get_by_role("link")).to_have_count(0)
    first_module.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(first_module).not_to_have_attribute("open", "")
    expect(step(page, "Қорытынды тест")).to_contain_text("Жабық")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360", "1366"])
def test_a_lesson_leads_back_and_on(page, live_server, course, viewport):
    page.set_viewport_size(viewport)
    sign_in(page, live_server.url, LEARNER)
    page.goto(f"{live_server.url}{course.url}")
    step(page, "Сабақ 0.1").get_by_role("link").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Сабақ 0.1")
    expect(page.locator(".eyebrow")).to_have_text("Модульдегі 3 бөлімнің 2-бөлімі")
    assert no_horizontal_scroll(page)
    assert measure_fits(page, ".lesson-body")
    breadcrumb = page.get_by_role("navigation", name="Навигация тізбегі")
    expect(breadcrumb.get_by_role("link", name="Модуль 0")).to_be_visible()

    # The module's outline: this lesson marked as the page, the test locked.
    aside = page.locator(".lesson__aside")
    expect(aside.locator("[aria-current=page]")).to_have_text("Сабақ 0.1")
    expect(aside).to_contain_text("3 ішінен 1 орындалды")
    main, side = page.locator(".lesson__main").bounding_box(), aside.bounding_box()
    if viewport is DESKTOP:  # beside the text
        assert side["x"] >= main["x"] + main["width"]
    else:  # under it, full width
        assert side["y"] >= main["y"] + main["height"]

    # Next is the module's test, locked until this lesson is done: no link.
    pager = page.get_by_role("navigation", name="Сабақтар мен тесттер")
    expect(pager.locator(".is-locked")).to_contain_text("Келесі — осы сабақ орындалғаннан кейін")
    expect(pager.locator("a[rel=next]")).to_have_count(0)
    pager.get_by_role("link", name="Алдыңғы").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Сабақ 0.0")
    expect(page.get_by_text("Бұл сабақ орындалды.")).to_be_visible()
    expect(page.locator("[data-complete]")).to_have_count(0)
    pager.locator("a[rel=next]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Сабақ 0.1")
