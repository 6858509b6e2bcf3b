"""The course outline and the lesson page as a learner reads them (issue #14
point 4): done, next and locked steps in words, per-module progress, one
hours format, tests named as tests; the lesson's module outline,
previous/next, a completion control that says what is left; test results
with the score first and the learner's own answers."""

import re

import pytest

from courses import services
from courses.models import LessonProgress
from courses.scoring import answer_key
from tests.course_fixtures import lessons, tiny_course
from tests.courses.test_learning import study
from tests.courses.test_practical import with_tasks
from tests.courses.test_tests import open_module_test
from tests.factories import course_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_data():
    data = tiny_course()
    data["modules"][0]["lessons"][0]["hours"] = "2.5"
    data["declared_hours"] = "8.5"
    return data


def steps(html):
    """``[(title, state, linked)]`` for each step of an outline in ``html``."""
    found = []
    for match in re.finditer(r'<li class="step step--([a-z-]+)[^"]*">(.*?)</li>', html, re.S):
        state, body = match.groups()
        title = re.search(r'class="step__title"[^>]*>([^<]+)<', body).group(1)
        found.append((title.strip(), state, "<a " in body))
    return found


def modules(html):
    """``[(title, open)]`` for the module disclosures of a course page."""
    return [
        (title, bool(opened))
        for opened, title in re.findall(
            r'<details class="module"( open)?>\s*<summary[^>]*>\s*<h3 class="module__title">([^<]+)<',
            html,
        )
    ]


def test_a_visitor_reads_the_outline_without_links_or_states(client, course):
    html = client.get(course.url).content.decode()
    assert all(state == "preview" and not linked for _title, state, linked in steps(html))
    assert modules(html) == [("Модуль 0", True), ("Модуль 1", False)]


def test_the_learner_reads_done_next_and_locked_in_words(learner, teacher, course):
    first, second = lessons(course)[:2]
    enrolment = teacher.enrolments.get()
    study(enrolment, first, 65)
    services.complete_lesson(enrolment, first)

    html = learner.get(course.url).content.decode()
    assert steps(html)[:4] == [
        ("Сабақ 0.0", "done", True),
        ("Сабақ 0.1", "current", True),
        ("Тест 0", "locked", False),
        ("Сабақ 1.0", "locked", False),
    ]
    assert steps(html)[-1] == ("Қорытынды тест", "locked", False)
    # The words say it; the icons only repeat it.
    assert html.count(">Орындалды</span>") == 1
    assert html.count(">Кезекте</span>") == 1
    assert html.count(">Жабық</span>") == len(steps(html)) - 2
    # The module with the next step is open, with its progress; the others are folded.
    assert modules(html) == [("Модуль 0", True), ("Модуль 1", False)]
    assert "3 ішінен 1 орындалды" in html
    assert '<progress class="progress progress--thin" max="100" value="33"' in html
    # A locked lesson is not a link that bounces back.
    assert f'href="{second.url}"' in html
    assert f'href="{lessons(course)[2].url}"' not in html


def test_hours_read_one_way_and_tests_are_named_tests(learner, course):
    html = learner.get(course.url).content.decode()
    assert "2,5 сағ." in html and "2,50" not in html
    assert "0 сағ." not in html
    assert html.count('<span class="badge">Тест</span>') == 2
    assert html.count('<span class="badge">Қорытынды тест</span>') == 1
    lesson = learner.get(lessons(course)[0].url).content.decode()
    assert "2,5 сағ." in lesson


def test_a_finished_module_says_so(learner, teacher, course):
    enrolment, test = open_module_test(teacher, course)
    attempt = services.start_attempt(enrolment, test)
    services.submit_attempt(enrolment, attempt.pk, answer_key(test, attempt.questions))

    html = learner.get(course.url).content.decode()
    assert "Модуль аяқталды" in html
    assert modules(html) == [("Модуль 0", False), ("Модуль 1", True)]


def test_the_lesson_shows_its_module_and_the_way_on(learner, teacher, course):
    first, second, third = lessons(course)[:3]
    enrolment = teacher.enrolments.get()
    study(enrolment, first, 65)
    services.complete_lesson(enrolment, first)

    html = learner.get(second.url).content.decode()
    assert "Модульдегі 3 бөлімнің 2-бөлімі" in html
    aside = html[html.index('<aside class="lesson__aside"') :]
    assert [(title, state) for title, state, _linked in steps(aside)] == [
        ("Сабақ 0.0", "done"),
        ("Сабақ 0.1", "current"),
        ("Тест 0", "locked"),
    ]
    assert 'aria-current="page">Сабақ 0.1<' in aside
    pager = html[html.index('<nav class="pager"') : html.index("</nav>", html.index("pager"))]
    assert f'href="{first.url}" rel="prev"' in pager
    # The test after it is not open yet: named, not linked.
    assert "Келесі — осы сабақ орындалғаннан кейін" in pager and 'rel="next"' not in pager


def test_the_completion_control_opens_when_the_time_is_studied(learner, teacher, course):
    lesson = lessons(course)[0]
    html = learner.get(lesson.url).content.decode()
    button = re.search(r"<button type=\"submit\" class=\"button\"[^>]*>Сабақты", html).group(0)
    assert "disabled" in button
    assert "Жоғарыдағы әр жол белгіленгенде батырма ашылады." in html
    assert "Қалды: <span data-left>1</span> мин" in html

    enrolment = teacher.enrolments.get()
    LessonProgress.objects.filter(enrolment=enrolment).update(active_seconds=65)
    html = learner.get(lesson.url).content.decode()
    button = re.search(r"<button type=\"submit\" class=\"button\"[^>]*>Сабақты", html).group(0)
    assert "disabled" not in button
    assert 'id="complete-hint" data-complete-hint hidden' in html
    assert 'class="checklist__item is-enough"' in html


def test_a_task_not_answered_keeps_the_control_closed_and_says_why(teacher_client, teacher, home):
    course = course_tree(home, with_tasks(tiny_course(slug="tasks")))
    enrolment = services.enroll(teacher, course)
    learner = teacher_client
    lesson = lessons(course)[0]
    study(enrolment, lesson, 65 * 60)
    html = learner.get(lesson.url).content.decode()
    assert html.count(": әлі жауап берілмеген<") == 2
    button = re.search(r"<button type=\"submit\" class=\"button\"[^>]*>Сабақты", html).group(0)
    assert "disabled" in button


def test_test_results_give_the_score_first_and_the_learners_answers(learner, teacher, course):
    enrolment, test = open_module_test(teacher, course)
    attempt = services.start_attempt(enrolment, test)
    learner.post(test.url, {"action": "submit", "attempt": attempt.pk, "q_x": "1"})
    html = learner.get(test.url).content.decode()
    score = html.index('<span class="score__figure">0%</span>')
    assert "Тапсырылмады" in html
    assert "1-әрекет: 2 жауаптың 0 дұрыс; өту шегі — 70%." in html
    assert score < html.index('<ol class="results">')
    assert html.count("Сіз бұл сұраққа жауап бермедіңіз.") == 2

    attempt = services.start_attempt(enrolment, test)
    answers = {"action": "submit", "attempt": attempt.pk}
    for entry in attempt.questions:
        if entry["options"]:
            answers[f"q_{entry['id']}"] = entry["options"][0]
        else:
            answers[f"q_{entry['id']}"] = "true"
    learner.post(test.url, answers)
    html = learner.get(test.url).content.decode()
    assert html.count("Сіздің жауабыңыз:") == 2
    assert "Сіздің жауабыңыз: Дұрыс" in html  # the true/false answer, in words
