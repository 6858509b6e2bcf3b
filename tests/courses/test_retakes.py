"""Tests that teach and still test: right answers and explanations only after
a pass or the last attempt; each retake draws questions not asked before;
methodologists see per-question statistics in the admin."""

import random

import pytest
from django.contrib.auth.models import Group
from django.utils.html import strip_tags

from courses import services
from courses.models import AssessmentPage, Attempt
from courses.question_stats import statistics
from courses.scoring import answer_key, draw_questions
from tests.course_fixtures import tiny_course
from tests.courses.test_tests import open_module_test
from tests.factories import UserFactory, course_tree
from users import roles

pytestmark = pytest.mark.django_db

POOL = 12
DRAWN = 6


def question(number):
    return {
        "kind": "single",
        "text": {"kk": f"Сұрақ {number}?", "ru": f"Вопрос {number}?", "en": f"Question {number}?"},
        "options": [
            {"text": {"kk": f"R-{number}", "ru": "Верно", "en": "Right"}, "correct": True},
            {"text": {"kk": f"W-{number}", "ru": "Неверно", "en": "Wrong"}, "correct": False},
        ],
        "explanation": {
            "kk": f"Түсіндірме {number}.",
            "ru": f"Пояснение {number}.",
            "en": f"Explanation {number}.",
        },
    }


@pytest.fixture
def course_data():
    data = tiny_course(modules=1, lessons_per_module=2)
    test = data["modules"][0]["test"]
    test.update(
        {
            "questions": [question(n) for n in range(POOL)],
            "draw_count": DRAWN,
            "attempt_limit": 3,
        }
    )
    return data


def drawn_ids(attempt):
    return {entry["id"] for entry in attempt.questions}


def wrong_answers(attempt):
    """Every drawn question answered with a wrong option."""
    blocks = {block.id: block for block in attempt.assessment.questions}
    return {
        entry["id"]: next(
            option.id
            for option in blocks[entry["id"]].value["options"].bound_blocks
            if not option.value["correct"]
        )
        for entry in attempt.questions
    }


def submit_through_the_page(client, test, answers):
    client.post(test.url, {"action": "start"})
    attempt = Attempt.objects.filter(submitted_at__isnull=True).get()
    data = {"action": "submit", "attempt": attempt.pk}
    data.update({f"q_{qid}": value for qid, value in answers(attempt).items()})
    client.post(test.url, data)
    attempt.refresh_from_db()
    return attempt


def explanations_in(page):
    return [n for n in range(POOL) if f"Түсіндірме {n}." in page]


def test_a_failed_attempt_shows_no_answers_and_the_retake_asks_other_questions(
    teacher_client, teacher, course
):
    _enrolment, test = open_module_test(teacher, course)
    first = submit_through_the_page(teacher_client, test, wrong_answers)
    assert not first.passed and len(first.questions) == DRAWN
    page = teacher_client.get(test.url).content.decode()
    assert explanations_in(page) == []
    assert "R-" not in page  # no right option named
    assert "Сұрақ" in page  # the questions and what was wrong are still listed

    second = submit_through_the_page(teacher_client, test, wrong_answers)
    assert drawn_ids(first).isdisjoint(drawn_ids(second))
    assert explanations_in(teacher_client.get(test.url).content.decode()) == []


def test_after_the_last_attempt_the_answers_and_explanations_teach(teacher_client, teacher, course):
    _enrolment, test = open_module_test(teacher, course)
    for _ in range(3):
        last = submit_through_the_page(teacher_client, test, wrong_answers)
    page = teacher_client.get(test.url).content.decode()
    assert len(explanations_in(page)) == DRAWN
    blocks = {block.id: block for block in test.questions}
    for entry in last.questions:
        number = strip_tags(str(blocks[entry["id"]].value["text"])).split()[1].rstrip("?")
        assert f"Түсіндірме {number}." in page and f"R-{number}" in page


def test_after_a_pass_the_explanations_are_shown(teacher_client, teacher, course):
    _enrolment, test = open_module_test(teacher, course)
    submit_through_the_page(teacher_client, test, wrong_answers)
    passed = submit_through_the_page(
        teacher_client, test, lambda attempt: answer_key(attempt.assessment, attempt.questions)
    )
    assert passed.passed
    assert len(explanations_in(teacher_client.get(test.url).content.decode())) == DRAWN


def test_a_small_pool_tops_up_from_questions_already_asked(home):
    data = tiny_course(modules=1, lessons_per_module=1, slug="small-pool")
    data["modules"][0]["test"].update({"questions": [question(n) for n in range(8)]})
    data["modules"][0]["test"]["draw_count"] = DRAWN
    course = course_tree(home, data)
    test = AssessmentPage.objects.descendant_of(course).first()
    first = draw_questions(test, random.Random(1))
    seen = {entry["id"] for entry in first}
    second = draw_questions(test, random.Random(2), seen=seen)
    ids = [entry["id"] for entry in second]
    assert len(ids) == len(set(ids)) == DRAWN
    assert {block.id for block in test.questions} - seen <= set(ids)  # both unseen ones asked


def methodologist():
    user = UserFactory(role="teacher", is_staff=True)
    user.groups.add(Group.objects.get(name=roles.METHODOLOGISTS))
    return user


def test_methodologists_see_share_right_and_discrimination(client, course):
    test = AssessmentPage.objects.descendant_of(course).order_by("path").first()
    blocks = list(test.questions)
    easy, hard = blocks[0].id, blocks[1].id
    # 20 learners: the strong half gets `hard` right, everyone gets `easy` right.
    for n in range(20):
        enrolment = services.enroll(UserFactory(role="teacher"), course)
        strong = n >= 10
        Attempt.objects.create(
            enrolment=enrolment,
            assessment=test,
            assessment_key=test.translation_key,
            number=1,
            started_at=enrolment.enrolled_at,
            submitted_at=enrolment.enrolled_at,
            questions=[{"id": easy, "options": []}, {"id": hard, "options": []}],
            answers={easy: {"correct": True}, hard: {"correct": strong}},
            score=100 if strong else 50,
            passed=strong,
        )
    read, stats = statistics(test)
    by_id = {row.id: row for row in stats}
    assert read == 20
    assert (by_id[easy].asked, by_id[easy].share_right) == (20, 1.0)
    assert by_id[easy].discrimination == 0
    assert by_id[hard].share_right == 0.5 and by_id[hard].discrimination == 1.0
    assert by_id[blocks[2].id].asked == 0 and by_id[blocks[2].id].discrimination is None

    client.force_login(methodologist())
    page = client.get(f"/admin/courses/tests/{test.pk}/statistics/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Сұрақ 1?" in html and "1,00" in html and "50" in html
    edit = client.get(f"/admin/pages/{test.pk}/edit/").content.decode()
    assert f"/admin/courses/tests/{test.pk}/statistics/" in edit


def test_learners_and_unknown_tests_get_no_statistics(client, teacher_client, course):
    test = AssessmentPage.objects.descendant_of(course).first()
    response = teacher_client.get(f"/admin/courses/tests/{test.pk}/statistics/")
    assert response.status_code in (302, 403)
    client.force_login(methodologist())
    missing = client.get("/admin/courses/tests/999999/statistics/", follow=True)
    assert missing.status_code == 404
