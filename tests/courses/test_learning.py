"""Enrolment, lessons in order, active time, reflections, completion."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services
from courses.models import AssessmentPage, CoursePage, Enrolment, LessonPage, LessonProgress
from courses.signals import course_completed
from tests.course_fixtures import lessons
from tests.factories import LessonPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def enrol(client, course):
    return client.post(course.url, {"action": "enrol"})


def study(enrolment, lesson, seconds):
    """Heartbeats spread over ``seconds`` of wall-clock time."""
    start = timezone.now() - timedelta(seconds=seconds + 5)
    progress = services.open_lesson(enrolment, lesson, now=start)
    LessonProgress.objects.filter(pk=progress.pk).update(started_at=start, last_beat_at=start)
    moment = start
    while moment < start + timedelta(seconds=seconds):
        moment += timedelta(seconds=15)
        services.record_heartbeat(progress.pk, enrolment.pk, now=moment)
    return LessonProgress.objects.get(pk=progress.pk)


def test_the_tree_rules_hold(course):
    assert not LessonPage.can_create_at(course)
    assert not CoursePage.can_exist_under(lessons(course)[0])
    assert AssessmentPage.can_create_at(course)


def test_teacher_enrols_and_sees_the_first_lesson(teacher_client, teacher, course):
    response = enrol(teacher_client, course)
    assert response.status_code == 302
    enrolment = Enrolment.objects.get(user=teacher)
    assert enrolment.course_key == course.translation_key
    page = teacher_client.get(course.url)
    first = lessons(course)[0]
    assert first.url in page.content.decode()
    assert teacher_client.get(first.url).status_code == 200


def test_a_parent_cannot_enrol(client, course):
    parent = UserFactory(role="parent")
    client.force_login(parent)
    enrol(client, course)
    assert not Enrolment.objects.exists()


def test_closed_enrolment_is_refused(teacher_client, course):
    course.enrolment_closes = timezone.now() - timedelta(days=1)
    course.save_revision().publish()
    enrol(teacher_client, course)
    assert not Enrolment.objects.exists()


def test_lessons_are_closed_to_people_not_enrolled(client, teacher_client, course):
    first = lessons(course)[0]
    assert client.get(first.url).status_code == 302  # anonymous: to the login
    response = teacher_client.get(first.url)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_later_lessons_unlock_in_order(teacher_client, teacher, course):
    enrol(teacher_client, course)
    first, second = lessons(course)[:2]
    assert teacher_client.get(second.url).status_code == 302
    enrolment = Enrolment.objects.get(user=teacher)
    study(enrolment, first, 70)
    services.complete_lesson(enrolment, first)
    assert teacher_client.get(second.url).status_code == 200


def test_completion_is_refused_before_the_minimum_active_time(teacher_client, teacher, course):
    enrol(teacher_client, course)
    first = lessons(course)[0]
    teacher_client.get(first.url)
    response = teacher_client.post(first.url, {"action": "complete"}, follow=True)
    assert "0" in response.content.decode() and "1" in response.content.decode()
    enrolment = Enrolment.objects.get(user=teacher)
    assert enrolment.done == []
    assert LessonProgress.objects.get().completed_at is None


def test_completion_after_enough_active_time_raises_hours(teacher_client, teacher, course):
    enrol(teacher_client, course)
    first = lessons(course)[0]
    enrolment = Enrolment.objects.get(user=teacher)
    study(enrolment, first, 65)
    teacher_client.post(first.url, {"action": "complete"})
    enrolment.refresh_from_db()
    assert enrolment.done == [str(first.translation_key)]
    assert enrolment.hours_done == 2
    assert LessonProgress.objects.get().completed_at is not None


def test_heartbeats_are_capped_and_never_exceed_wall_clock(teacher, course):
    enrolment = services.enroll(teacher, course)
    start = timezone.now()
    progress = services.open_lesson(enrolment, lessons(course)[0], now=start)
    # A beat an hour later still adds only the cap.
    assert (
        services.record_heartbeat(
            progress.pk, enrolment.pk, now=start + timedelta(hours=1)
        ).active_seconds
        == 30
    )
    # Beats faster than time passes add only the time that passed.
    moment = start + timedelta(hours=1)
    for _ in range(10):
        moment += timedelta(seconds=2)
        services.record_heartbeat(progress.pk, enrolment.pk, now=moment)
    progress.refresh_from_db()
    assert progress.active_seconds == 30 + 20
    assert progress.beats == 11
    elapsed = (progress.last_beat_at - progress.started_at).total_seconds()
    assert progress.active_seconds <= elapsed


def test_a_replayed_heartbeat_adds_nothing(teacher, course):
    enrolment = services.enroll(teacher, course)
    start = timezone.now()
    progress = services.open_lesson(enrolment, lessons(course)[0], now=start)
    services.record_heartbeat(progress.pk, enrolment.pk, now=start + timedelta(seconds=10))
    services.record_heartbeat(progress.pk, enrolment.pk, now=start + timedelta(seconds=10))
    progress.refresh_from_db()
    assert progress.active_seconds == 10


def test_heartbeat_endpoint_checks_the_token_and_the_session(
    client, teacher_client, teacher, course
):
    enrol(teacher_client, course)
    first = lessons(course)[0]
    page = teacher_client.get(first.url)
    token, nonce = page.context["heartbeat_token"], page.context["heartbeat_nonce"]
    ok = teacher_client.post("/kk/learn/heartbeat/", {"token": token, "nonce": nonce})
    assert ok.status_code == 200
    assert "active_seconds" in ok.json() and ok.json()["nonce"] != nonce
    bad = {"token": token + "x", "nonce": ok.json()["nonce"]}
    assert teacher_client.post("/kk/learn/heartbeat/", bad).status_code == 400
    other = UserFactory(role="teacher")
    client.force_login(other)
    mine = {"token": token, "nonce": ok.json()["nonce"]}
    assert client.post("/kk/learn/heartbeat/", mine).status_code == 403
    assert teacher_client.get("/kk/learn/heartbeat/").status_code == 405


def test_reflection_answers_are_kept(teacher_client, teacher, course):
    enrol(teacher_client, course)
    first = lessons(course)[0]
    block_id = next(block.id for block in first.body if block.block_type == "reflection")
    teacher_client.post(
        first.url, {"action": "reflection", "block_id": block_id, "text": "Менің ойым"}
    )
    page = teacher_client.get(first.url)
    assert "Менің ойым" in page.content.decode()
    teacher_client.post(first.url, {"action": "reflection", "block_id": "forged", "text": "x"})
    teacher_client.post(first.url, {"action": "reflection", "block_id": block_id, "text": "  "})
    from courses.models import ReflectionAnswer

    assert list(ReflectionAnswer.objects.values_list("text", flat=True)) == ["Менің ойым"]


def test_completion_is_announced_once_when_the_rule_is_met(teacher, course):
    from tests.courses.test_tests import pass_test

    heard = []

    def receiver(sender, enrolment, **kwargs):
        heard.append(enrolment.pk)

    course_completed.connect(receiver)
    try:
        enrolment = services.enroll(teacher, course)
        for page in _study_order(course):
            if isinstance(page, LessonPage):
                study(enrolment, page, 65)
                services.complete_lesson(enrolment, page)
            else:
                pass_test(enrolment, page)
        enrolment.refresh_from_db()
        assert enrolment.completed_at is not None
        assert enrolment.hours_done == course.declared_hours
        assert heard == [enrolment.pk]
    finally:
        course_completed.disconnect(receiver)


def _study_order(course):
    from courses.outline import build_outline

    outline = build_outline(course)
    pages = {page.pk: page.specific for page in course.get_descendants()}
    return [pages[item.page_id] for item in outline.items]


@pytest.mark.django_db(transaction=True)
def test_heartbeats_outside_a_transaction_keep_the_rule(migrated_data, teacher, course):
    """On PostgreSQL a heartbeat on its own commits asynchronously, in one
    statement; the rule is the same, and the setting does not leak."""
    from django.db import connection

    enrolment = services.enroll(teacher, course)
    start = timezone.now()
    progress = services.open_lesson(enrolment, lessons(course)[0], now=start)
    beat = services.record_heartbeat
    assert beat(progress.pk, enrolment.pk, now=start + timedelta(hours=1)).active_seconds == 30
    later = start + timedelta(hours=1, seconds=10)
    assert beat(progress.pk, enrolment.pk, now=later).active_seconds == 40
    assert beat(progress.pk, enrolment.pk, now=later).active_seconds == 40
    assert beat(progress.pk + 1000, enrolment.pk) is None
    assert beat(progress.pk, enrolment.pk + 1000) is None
    progress.refresh_from_db()
    assert (progress.active_seconds, progress.beats) == (40, 3)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            assert cursor.fetchone()[0] == "on"


def test_a_lesson_published_before_finished_work_locks_none_of_it(teacher_client, teacher, course):
    """A methodologist adds a required lesson to module 0 after the learner
    has finished module 0 and the first lesson of module 1: what she
    finished stays open (it used to bounce back to the course page)."""
    enrol(teacher_client, course)
    enrolment = Enrolment.objects.get(user=teacher)
    module_0_first, module_0_second, module_1_first = lessons(course)[:3]
    module_0_test = AssessmentPage.objects.descendant_of(course).get(slug="m0-test")
    finished = [module_0_first, module_0_second, module_0_test, module_1_first]
    Enrolment.objects.filter(pk=enrolment.pk).update(
        done=[str(page.translation_key) for page in finished]
    )
    assert teacher_client.get(module_1_first.url).status_code == 200

    added = LessonPageFactory(parent=module_0_first.get_parent(), slug="added", hours=2)
    added.save_revision().publish()

    assert teacher_client.get(module_1_first.url).status_code == 200
    assert teacher_client.get(module_0_test.url).status_code == 200
    # The new lesson is not part of her edition (tests/courses/test_editions.py).
    assert teacher_client.get(added.url).status_code == 302
