"""The hours policy: how long an academic hour is, what share of the declared
time must be evidenced and what counts. The editor sees credited hours beside
evidenced minutes per module; a course page below its policy is not
published (the draft is kept); learners read the policy on the course page."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from courses import policy
from courses.models import AssessmentPage, CoursePage, LessonPage
from tests.course_fixtures import lessons
from tests.courses.test_publishing import admin, publish  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def test_the_tiny_course_has_nine_minutes_of_evidence(course):
    # 4 lessons of 1 required minute; two module tests of 2 questions and a
    # final test of 1, none timed: a minute per question asked.
    found = policy.evidence(course)
    assert (found.hours, found.declared_hours) == (Decimal("8"), Decimal("8"))
    assert found.minutes == 4 + 2 + 2 + 1
    assert [(part.hours, part.minutes) for part in found.parts] == [
        (Decimal("4"), 4),
        (Decimal("4"), 4),
        (Decimal("0"), 1),
    ]
    # 8 h x 45 min x 50 % = 180 minutes.
    assert found.required_minutes == 180 and not found.enough and found.share == 2


def test_a_time_limit_and_the_drawn_count_are_what_a_test_evidences(course):
    test = AssessmentPage.objects.descendant_of(course).get(slug="m0-test")
    assert policy.test_minutes(test) == 2
    test.draw_count = 1
    assert policy.test_minutes(test) == 1
    test.time_limit_minutes = 20
    assert policy.test_minutes(test) == 20


def test_only_the_kinds_the_policy_counts_are_evidence(course):
    CoursePage.objects.filter(pk=course.pk).update(evidence_tests=False)
    assert policy.evidence(CoursePage.objects.get(pk=course.pk)).minutes == 4
    CoursePage.objects.filter(pk=course.pk).update(evidence_study_time=False)
    assert policy.evidence(CoursePage.objects.get(pk=course.pk)).minutes == 0


def test_a_course_below_its_policy_is_not_published_and_its_draft_is_kept(admin, course):  # noqa: F811
    response, said = publish(admin, course, title="Жаңа атау")
    assert response.status_code == 302 and response["Location"].endswith(f"/{course.pk}/edit/")
    assert any("Жарияланбады" in text and "180" in text for text in said), said
    live = CoursePage.objects.get(pk=course.pk)
    assert live.title != "Жаңа атау"
    assert live.get_latest_revision_as_object().title == "Жаңа атау"


def test_a_policy_the_lessons_meet_lets_the_course_be_published(admin, course):  # noqa: F811
    # 8 h of 45 min at 2 %: 7.2, so 8 minutes; the course has 9.
    _response, said = publish(admin, course, evidence_percent="2", title="Жаңа атау")
    assert not any("Жарияланбады" in text for text in said), said
    assert CoursePage.objects.get(pk=course.pk).title == "Жаңа атау"
    # A longer academic hour asks for more: 8 h x 60 min x 2 % = 9.6, so 10.
    _response, said = publish(admin, course, academic_hour_minutes="60")
    assert any("Жарияланбады" in text for text in said), said
    assert CoursePage.objects.get(pk=course.pk).academic_hour_minutes == 45


def test_a_lesson_below_the_policy_is_published_with_a_warning(admin, course):  # noqa: F811
    lesson = lessons(course)[0]
    _response, said = publish(admin, lesson, min_active_minutes="3")
    assert not any("Жарияланбады" in text for text in said), said
    assert any("180" in text for text in said), said
    assert LessonPage.objects.get(pk=lesson.pk).min_active_minutes == 3
    assert policy.evidence(course).minutes == 11


def test_the_editor_shows_hours_beside_minutes_per_module(admin, course):  # noqa: F811
    html = admin.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert "Модуль 0" in html and "Модуль 1" in html
    assert "180" in html  # the least the policy asks
    table = BeautifulSoup(html, "html.parser").select_one(".help-block table.listing")
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table.tbody("tr")]
    assert [row[1:] for row in rows] == [["4", "4"], ["4", "4"], ["0", "1"]]
    assert rows[0][0] == "Модуль 0" and rows[1][0] == "Модуль 1"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", "Бір академиялық сағат — 45 минут."),
        ("ru", "Академический час — 45 минут."),
        ("en", "An academic hour is 45 minutes."),
    ],
)
def test_learners_read_the_policy_on_the_course_page(client, course, language, words):
    from wagtail.models import Locale

    from courses.builder import translate_course
    from tests.course_fixtures import tiny_course

    page = course
    if language != "kk":
        page = translate_course(course, tiny_course(), Locale.objects.get(language_code=language))
    html = client.get(page.url).content.decode()
    assert words in html
    assert "50" in html.split('id="hours-policy"')[1].split("</details>")[0]


def test_the_least_evidence_rounds_the_exact_declared_time_up():
    # 2.5 academic hours of 45 minutes are 112.5 minutes: all of them asks for 113.
    found = policy.Evidence(declared_hours=Decimal("2.5"), hour_minutes=45, percent=100)
    assert found.required_minutes == 113
