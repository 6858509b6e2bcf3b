"""Presence evidence on the server (courses.attention): a heartbeat must carry
the nonce the previous answer gave, so a replayed request earns nothing beyond
its first beat; an attention check pauses credit until it is answered."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from courses import services
from courses.models import LessonProgress
from tests.course_fixtures import lessons
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BEAT = "/kk/learn/heartbeat/"
CHECK = "/kk/learn/heartbeat/check/"


def seconds_pass(progress_pk, seconds=15):
    """Let ``seconds`` of wall-clock time pass since the last beat."""
    LessonProgress.objects.filter(pk=progress_pk).update(
        last_beat_at=timezone.now() - timedelta(seconds=seconds)
    )


def open_first_lesson(client, teacher, course):
    services.enroll(teacher, course)
    first = lessons(course)[0]
    context = client.get(first.url).context
    progress = LessonProgress.objects.get()
    return first, progress.pk, context["heartbeat_token"], context["heartbeat_nonce"]


def active(progress_pk):
    return LessonProgress.objects.get(pk=progress_pk).active_seconds


def test_a_replayed_heartbeat_earns_nothing_beyond_the_first(teacher_client, teacher, course):
    _page, progress, token, nonce = open_first_lesson(teacher_client, teacher, course)
    seconds_pass(progress)
    first = teacher_client.post(BEAT, {"token": token, "nonce": nonce})
    assert first.status_code == 200 and 14 <= first.json()["active_seconds"] <= 16
    earned = active(progress)
    for _ in range(5):  # a script sending the same request again and again
        seconds_pass(progress)
        replay = teacher_client.post(BEAT, {"token": token, "nonce": nonce})
        assert replay.status_code == 409 and replay.json()["error"] == "stale"
        assert "nonce" not in replay.json()
    assert active(progress) == earned
    # The page's own script follows the nonces and keeps counting.
    following = first.json()["nonce"]
    for _ in range(3):
        seconds_pass(progress)
        answer = teacher_client.post(BEAT, {"token": token, "nonce": following})
        assert answer.status_code == 200
        following = answer.json()["nonce"]
    assert active(progress) >= earned + 44


@pytest.mark.parametrize("nonce", ["", "x", "1.abc", "99999999999.0", "'"])
def test_a_forged_nonce_is_refused(teacher_client, teacher, course, nonce):
    _page, progress, token, _nonce = open_first_lesson(teacher_client, teacher, course)
    seconds_pass(progress)
    assert teacher_client.post(BEAT, {"token": token, "nonce": nonce}).status_code == 400
    assert active(progress) == 0


def test_a_second_tab_stops_the_first_counting(teacher_client, teacher, course):
    page, progress, token, nonce = open_first_lesson(teacher_client, teacher, course)
    second = teacher_client.get(page.url).context["heartbeat_nonce"]
    assert second == nonce  # both tabs start from the same beat ...
    seconds_pass(progress)
    assert teacher_client.post(BEAT, {"token": token, "nonce": second}).status_code == 200
    seconds_pass(progress)
    # ... and only the one that beat first goes on.
    assert teacher_client.post(BEAT, {"token": token, "nonce": nonce}).status_code == 409


def test_an_attention_check_pauses_credit_until_it_is_answered(
    settings, teacher_client, teacher, course
):
    settings.COURSES_ATTENTION_CHECK_SECONDS = (20, 20)
    page, progress, token, nonce = open_first_lesson(teacher_client, teacher, course)
    seconds_pass(progress)
    nonce = teacher_client.post(BEAT, {"token": token, "nonce": nonce}).json()["nonce"]
    seconds_pass(progress)
    opened = teacher_client.post(BEAT, {"token": token, "nonce": nonce}).json()
    check = opened["check"]  # 30 s of study reached the 20 s mark
    assert check["number"] in check["choices"] and len(check["choices"]) == 3
    at_check = active(progress)

    for _ in range(3):  # unanswered: beats credit nothing
        seconds_pass(progress)
        paused = teacher_client.post(BEAT, {"token": token, "nonce": opened["nonce"]})
        assert paused.status_code == 200 and paused.json()["check"]["id"] == check["id"]
    assert active(progress) == at_check
    # The page opened again shows the open check at once.
    assert 'id="attention-check-open"' in teacher_client.get(page.url).content.decode()

    wrong = next(n for n in check["choices"] if n != check["number"])
    missed = teacher_client.post(CHECK, {"token": token, "check": check["id"], "answer": wrong})
    assert missed.status_code == 200 and missed.json()["right"] is False
    again = missed.json()["check"]
    assert again["id"] != check["id"]
    stale = {"token": token, "check": check["id"], "answer": check["number"]}
    assert teacher_client.post(CHECK, stale).status_code == 409  # the old check is gone

    seconds_pass(progress, 600)  # ten minutes away: none of it is credited
    right = teacher_client.post(
        CHECK, {"token": token, "check": again["id"], "answer": again["number"]}
    )
    assert right.status_code == 200 and right.json()["right"] is True
    row = LessonProgress.objects.get(pk=progress)
    assert (row.checks_passed, row.checks_failed, row.check_open_since) == (1, 1, None)
    assert row.active_seconds == at_check and row.check_due_seconds == at_check + 20
    seconds_pass(progress, 10)
    going_on = teacher_client.post(BEAT, {"token": token, "nonce": right.json()["nonce"]})
    assert going_on.status_code == 200 and 9 <= active(progress) - at_check <= 11


def test_only_the_learner_answers_the_check_and_with_a_csrf_token(
    settings, teacher, course, client
):
    settings.COURSES_ATTENTION_CHECK_SECONDS = (10, 10)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(teacher)
    _page, progress, token, nonce = open_first_lesson(browser, teacher, course)
    seconds_pass(progress)
    check = browser.post(BEAT, {"token": token, "nonce": nonce}).json()["check"]
    answer = {"token": token, "check": check["id"], "answer": check["number"]}
    assert browser.post(CHECK, answer).status_code == 403  # no CSRF token
    client.force_login(UserFactory(role="teacher"))
    assert client.post(CHECK, answer).status_code == 403
    assert Client().post(CHECK, answer).status_code == 403
    assert client.post(CHECK, {**answer, "token": "x"}).status_code == 400
    assert LessonProgress.objects.get(pk=progress).check_open_since is not None
