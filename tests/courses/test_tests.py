"""Tests (assessments): scoring on the server, attempt limits, tampering."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from courses import services
from courses.models import AssessmentPage, Attempt, Enrolment
from courses.scoring import answer_key

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_messages():
    """The refusals are matched by their English text."""
    from django.utils import translation

    with translation.override("en"):
        yield


def right_answers(attempt):
    return answer_key(attempt.assessment, attempt.questions)


def pass_test(enrolment, assessment):
    attempt = services.start_attempt(enrolment, assessment)
    return services.submit_attempt(enrolment, attempt.pk, right_answers(attempt))


def open_module_test(teacher, course):
    """Enrol and make the first module's test reachable (its lessons done)."""
    from tests.courses.test_learning import lessons, study

    enrolment = services.enroll(teacher, course)
    for lesson in lessons(course)[:2]:
        study(enrolment, lesson, 65)
        services.complete_lesson(enrolment, lesson)
    test = AssessmentPage.objects.descendant_of(course).order_by("path").first()
    return Enrolment.objects.get(pk=enrolment.pk), test


def test_a_locked_test_cannot_be_started(teacher, course):
    enrolment = services.enroll(teacher, course)
    test = AssessmentPage.objects.descendant_of(course).order_by("path").first()
    with pytest.raises(services.LearningError):
        services.start_attempt(enrolment, test)


def test_right_answers_pass_and_count(teacher, course):
    enrolment, test = open_module_test(teacher, course)
    attempt = pass_test(enrolment, test)
    assert attempt.passed and attempt.score == 100
    enrolment.refresh_from_db()
    assert str(test.translation_key) in enrolment.done


def test_wrong_answers_fail_and_the_limit_holds(teacher, course):
    enrolment, test = open_module_test(teacher, course)
    for _ in range(2):
        attempt = services.start_attempt(enrolment, test)
        failed = services.submit_attempt(enrolment, attempt.pk, {})
        assert not failed.passed and failed.score == 0
    with pytest.raises(services.LearningError, match="all your attempts"):
        services.start_attempt(enrolment, test)
    assert Attempt.objects.count() == 2


def test_submitting_twice_is_refused(teacher, course):
    enrolment, test = open_module_test(teacher, course)
    attempt = services.start_attempt(enrolment, test)
    services.submit_attempt(enrolment, attempt.pk, {})
    with pytest.raises(services.LearningError, match="already been submitted"):
        services.submit_attempt(enrolment, attempt.pk, right_answers(attempt))
    attempt.refresh_from_db()
    assert attempt.score == 0


@pytest.mark.parametrize("tamper", ["unknown_option", "unknown_question", "bad_true_false"])
def test_tampered_submissions_record_nothing(teacher, course, tamper):
    enrolment, test = open_module_test(teacher, course)
    attempt = services.start_attempt(enrolment, test)
    answers = right_answers(attempt)
    first = attempt.questions[0]["id"]
    if tamper == "unknown_option":
        answers[first] = "not-an-option"
    elif tamper == "unknown_question":
        answers["invented"] = "x"
    else:
        tf = next(e["id"] for e in attempt.questions if not e["options"])
        answers[tf] = "maybe"
    with pytest.raises(services.LearningError):
        services.submit_attempt(enrolment, attempt.pk, answers)
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.score is None


def test_another_persons_attempt_is_refused(teacher, course):
    from tests.factories import UserFactory

    enrolment, test = open_module_test(teacher, course)
    attempt = services.start_attempt(enrolment, test)
    intruder = services.enroll(UserFactory(role="teacher"), course)
    with pytest.raises(services.LearningError, match="not yours"):
        services.submit_attempt(intruder, attempt.pk, right_answers(attempt))


def test_an_expired_attempt_is_refused(teacher, course):
    enrolment, test = open_module_test(teacher, course)
    test.time_limit_minutes = 5
    test.save_revision().publish()
    test = AssessmentPage.objects.get(pk=test.pk)
    start = timezone.now() - timedelta(minutes=10)
    attempt = services.start_attempt(enrolment, test, now=start)
    with pytest.raises(services.LearningError, match="time"):
        services.submit_attempt(enrolment, attempt.pk, right_answers(attempt))
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_the_test_page_scores_a_submission_and_explains(teacher_client, teacher, course):
    enrolment, test = open_module_test(teacher, course)
    teacher_client.post(test.url, {"action": "start"})
    attempt = Attempt.objects.get()
    data = {"action": "submit", "attempt": attempt.pk}
    for qid, value in right_answers(attempt).items():
        data[f"q_{qid}"] = value
    teacher_client.post(test.url, data)
    attempt.refresh_from_db()
    assert attempt.passed
    page = teacher_client.get(test.url).content.decode()
    assert "Ұлттық желі." in page  # the explanation, shown after submission


@pytest.mark.parametrize("attempt_id", ["abc", "", "-1", "9" * 20, "1.5", "'"])
def test_a_malformed_attempt_id_is_refused_with_a_message(
    teacher_client, teacher, course, attempt_id
):
    enrolment, test = open_module_test(teacher, course)
    teacher_client.post(test.url, {"action": "start"})
    attempt = Attempt.objects.get()
    data = {"action": "submit", "attempt": attempt_id}
    for qid, value in right_answers(attempt).items():
        data[f"q_{qid}"] = value
    response = teacher_client.post(test.url, data, follow=True)
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == ["Бұл әрекет сіздікі емес."]
    attempt.refresh_from_db()
    assert attempt.submitted_at is None  # nothing lost: the attempt is still open


def test_draw_count_and_shuffle(teacher, course):
    enrolment, test = open_module_test(teacher, course)
    test.draw_count = 1
    test.save_revision().publish()
    test = AssessmentPage.objects.get(pk=test.pk)
    attempt = services.start_attempt(enrolment, test)
    assert len(attempt.questions) == 1


@pytest.mark.django_db(transaction=True)
def test_the_same_attempt_submitted_twice_at_once_counts_once(migrated_data):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")

    from tests.course_fixtures import tiny_course
    from tests.factories import HomePageFactory, UserFactory, course_tree

    home = HomePageFactory(title="H", slug="h-race")
    course = course_tree(home, tiny_course(slug="race"))
    teacher = UserFactory(role="teacher")
    enrolment, test = open_module_test(teacher, course)
    attempt = services.start_attempt(enrolment, test)
    answers = right_answers(attempt)
    outcomes = []

    def submit():
        try:
            services.submit_attempt(enrolment, attempt.pk, answers)
            outcomes.append("ok")
        except services.LearningError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["ok", "refused"]
    assert Attempt.objects.filter(submitted_at__isnull=False).count() == 1
