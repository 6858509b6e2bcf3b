"""Numbers inside sentences, in each language: the live study counter is
marked in the translated sentence (the script rewrites only the mark), and a
score reads as the language writes a percentage."""

import re

import pytest
from wagtail.models import Locale

from courses import services
from courses.builder import translate_course
from courses.models import AssessmentPage, LessonPage, LessonProgress
from courses.scoring import answer_key
from tests.course_fixtures import lessons, tiny_course
from tests.courses.test_tests import open_module_test
from tests.factories import HomePageFactory, course_tree
from tests.module_data import rolled_back

# One xdist worker for the module: its data is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]

COUNTER = {
    "kk": "15 минуттың <span data-minutes>{}</span> минуты оқылды.",
    "ru": "Изучено <span data-minutes>{}</span> мин. из 15.",
    "en": "Studied <span data-minutes>{}</span> of 15 minutes.",
}


@pytest.fixture(scope="module")
def translated_course(django_db_setup, django_db_blocker):
    """The tiny course in kk, ru and en, built once for the module (``tests.module_data``)."""
    with django_db_blocker.unblock(), rolled_back():
        data = tiny_course()
        course = course_tree(HomePageFactory(), data)
        for language in ("ru", "en"):
            translate_course(course, data, Locale.objects.get(language_code=language))
        yield course


@pytest.fixture
def course(translated_course, db):
    return translated_course


def in_language(page, language):
    return page.get_translation(Locale.objects.get(language_code=language))


def counter_text(html):
    return re.search(
        r'id="active-time".*?<span class="checklist__text"[^>]*>\s*(.*?)\s*<span class="checklist__left"',
        html,
        re.S,
    ).group(1)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_study_counter_marks_the_minutes_in_the_translated_sentence(
    learner, teacher, course, language
):
    first = lessons(course)[0]
    LessonPage.objects.filter(translation_key=first.translation_key).update(min_active_minutes=15)
    lesson = in_language(first, language)
    assert counter_text(learner.get(lesson.url).content.decode()) == COUNTER[language].format(0)
    LessonProgress.objects.update(active_seconds=125)
    assert counter_text(learner.get(lesson.url).content.decode()) == COUNTER[language].format(2)


def test_one_minute_is_singular_in_english(learner, course):
    html = learner.get(in_language(lessons(course)[0], "en").url).content.decode()
    assert counter_text(html) == "Studied <span data-minutes>0</span> of 1 minute."


PASSED = {
    "kk": "100% нәтижемен тапсырылды.",
    "ru": "Тест сдан с результатом 100\xa0%.",
    "en": "Passed with 100%.",
}
# The score comes first, as a figure, before the answers.
SCORE = {"kk": "100%", "ru": "100\xa0%", "en": "100%"}
PASS_MARK = {"kk": "Өту шегі: {}%", "ru": "Проходной балл: {}\xa0%", "en": "Pass mark: {}%"}


def form_data(attempt):
    """The submission that scores 100%, as the test page's form posts it."""
    data = {"action": "submit", "attempt": attempt.pk}
    for qid, answer in answer_key(attempt.assessment, attempt.questions).items():
        if isinstance(answer, dict):
            data.update({f"q_{qid}__{left}": right for left, right in answer.items()})
        elif isinstance(answer, list):
            data.update({f"q_{qid}": answer, f"kind_{qid}": "multiple"})
        else:
            data[f"q_{qid}"] = answer
    return data


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_perfect_score_reads_100_percent(teacher_client, teacher, course, language):
    enrolment, test = open_module_test(teacher, course)
    page = in_language(test, language)
    attempt = services.start_attempt(enrolment, test)
    response = teacher_client.post(page.url, form_data(attempt), follow=True)
    html = response.content.decode()
    assert PASSED[language] in html
    score = html.index(f'<span class="score__figure">{SCORE[language]}</span>')
    assert score < html.index('<ol class="results">')
    assert PASS_MARK[language].format(AssessmentPage.objects.get(pk=test.pk).pass_mark) in html
    assert "E+" not in html


def test_a_fractional_score_uses_the_languages_decimal_separator():
    from decimal import Decimal

    from django.utils import translation

    from lms.l10n import percent

    with translation.override("kk"):
        assert percent(Decimal("66.67")) == "66,67%"
        assert percent(Decimal("92.50")) == "92,5%"
    with translation.override("ru"):
        assert percent(Decimal("92.50")) == "92,5\xa0%"
    with translation.override("en"):
        assert percent(Decimal("92.50")) == "92.5%"
        assert percent(None) == percent("abc") == ""
