"""Heartbeats written behind through Redis (courses/services/writebehind.py),
against a real Redis (db 13) and the test database: the same credit as the
direct UPDATE, nonces and checks as before, flushes that never add twice nor
lose a beat, and readers that see beats not yet flushed."""

import os
from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services
from courses.models import LessonProgress
from courses.services import writebehind
from courses.tasks import flush_heartbeats
from tests.courses.test_presence import open_first_lesson

pytestmark = pytest.mark.django_db

REDIS = os.environ.get("HEARTBEAT_TEST_REDIS", "redis://127.0.0.1:6379/13")
BEAT = "/kk/learn/heartbeat/"
CHECK = "/kk/learn/heartbeat/check/"
CAP = services.HEARTBEAT_CAP_SECONDS


@pytest.fixture
def write_behind(settings, worker_id):
    """Beats kept in Redis db 13 (``HEARTBEAT_REDIS_URL``, keys under this test
    process's prefix); the cache stays the test settings' local memory, whose
    clearing by fixtures cannot reach another process's keys."""
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(REDIS).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {REDIS}")
    settings.HEARTBEAT_REDIS_URL = REDIS
    settings.HEARTBEAT_REDIS_PREFIX = f"test-{worker_id}-lms:hb:"
    settings.HEARTBEAT_WRITE_BEHIND = True
    client = writebehind._redis()
    mine = f"{writebehind.prefix()}*"
    for key in client.scan_iter(match=mine):
        client.delete(key)
    yield client
    for key in client.scan_iter(match=mine):
        client.delete(key)


def seconds_pass(progress_pk, seconds=15):
    """Let ``seconds`` pass since the last beat, wherever the lesson's state is."""
    earlier = timezone.now() - timedelta(seconds=seconds)
    client = writebehind._redis()
    key = writebehind._key(progress_pk)
    if client.exists(key):
        client.hset(key, "t", writebehind.micros(earlier))
    LessonProgress.objects.filter(pk=progress_pk).update(last_beat_at=earlier)


def opened_at(progress_pk):
    """(enrolment id, last beat) of a lesson just opened: beats counted from there."""
    progress = LessonProgress.objects.get(pk=progress_pk)
    return progress.enrolment_id, progress.last_beat_at


def row(progress_pk):
    return LessonProgress.objects.values(
        "last_beat_at", "active_seconds", "beats", "check_due_seconds", "check_open_since"
    ).get(pk=progress_pk)


def twin_rows(progress_pk, count=1):
    """Copies of a progress row (other enrolments of other teachers): the same
    state, so one beat sequence can run on each."""
    from tests.factories import UserFactory

    original = LessonProgress.objects.select_related("enrolment").get(pk=progress_pk)
    copies = []
    for number in range(count):
        user = UserFactory(email=f"twin{number}@example.kz", role="teacher")
        enrolment = original.enrolment
        enrolment.pk = None
        enrolment.user = user
        enrolment.save()
        copy = LessonProgress.objects.get(pk=progress_pk)
        copy.pk = None
        copy.enrolment = enrolment
        copy.save()
        copies.append(copy)
    return copies


def test_the_same_beats_credit_the_same_as_the_direct_update(
    write_behind, settings, teacher_client, teacher, course
):
    """One sequence (gaps under and over the cap, a clock going back, a replay,
    a check that opens and then pauses credit) on two identical rows: the
    direct UPDATE on one, the Lua script on the other; the answers and, after a
    flush, the rows are equal to the last bit."""
    _page, progress_pk, _token, _nonce = open_first_lesson(teacher_client, teacher, course)
    LessonProgress.objects.filter(pk=progress_pk).update(check_due_seconds=61.25)
    direct, behind = twin_rows(progress_pk, 2)
    start = LessonProgress.objects.get(pk=direct.pk).last_beat_at
    steps = [(15.000123, 0), (45, 1), (-3, 2), (14.5, 3), (10, 3), (0.7, 4), (16, 5), (15, 6)]
    answers = {}
    for label, target in (("direct", direct), ("behind", behind)):
        settings.HEARTBEAT_WRITE_BEHIND = label == "behind"
        moment, got = start, []
        for gap, nonce in steps:
            moment += timedelta(seconds=gap)
            beat = services.record_heartbeat(target.pk, target.enrolment_id, moment, nonce)
            got.append(beat)
        answers[label] = got
    assert answers["behind"] == answers["direct"]
    assert any(beat.check_open_since for beat in answers["direct"])  # the check opened
    assert [beat.credited for beat in answers["direct"]] == [1, 1, 1, 1, 0, 1, 0, 0]
    assert row(behind.pk)["beats"] == 0  # in Redis only, so far
    flush_heartbeats()
    assert row(behind.pk) == row(direct.pk)


def test_a_replayed_nonce_credits_nothing_and_the_page_shows_redis_state(
    write_behind, teacher_client, teacher, course
):
    page, progress, token, nonce = open_first_lesson(teacher_client, teacher, course)
    seconds_pass(progress)
    first = teacher_client.post(BEAT, {"token": token, "nonce": nonce})
    assert first.status_code == 200 and 14 <= first.json()["active_seconds"] <= 16
    earned = first.json()["active_seconds"]
    for _ in range(3):
        seconds_pass(progress)
        replay = teacher_client.post(BEAT, {"token": token, "nonce": nonce})
        assert replay.status_code == 409 and replay.json()["active_seconds"] == earned
    # The page opened again (nothing flushed yet) carries on from Redis's beat.
    context = teacher_client.get(page.url).context
    assert context["heartbeat_nonce"] == first.json()["nonce"]
    assert context["progress"].active_seconds == earned
    assert LessonProgress.objects.get(pk=progress).active_seconds == 0
    assert flush_heartbeats() == 1
    assert LessonProgress.objects.get(pk=progress).active_seconds == earned


def test_an_attention_check_opens_in_redis_and_is_answered(
    write_behind, settings, teacher_client, teacher, course
):
    settings.COURSES_ATTENTION_CHECK_SECONDS = (20, 20)
    page, progress, token, nonce = open_first_lesson(teacher_client, teacher, course)
    seconds_pass(progress)
    nonce = teacher_client.post(BEAT, {"token": token, "nonce": nonce}).json()["nonce"]
    seconds_pass(progress)
    opened = teacher_client.post(BEAT, {"token": token, "nonce": nonce}).json()
    check = opened["check"]
    at_check = opened["active_seconds"]
    seconds_pass(progress)
    paused = teacher_client.post(BEAT, {"token": token, "nonce": opened["nonce"]}).json()
    assert paused["active_seconds"] == at_check and paused["check"]["id"] == check["id"]
    assert 'id="attention-check-open"' in teacher_client.get(page.url).content.decode()
    # Not flushed: answering writes the lesson to PostgreSQL first.
    assert LessonProgress.objects.get(pk=progress).check_open_since is None
    right = teacher_client.post(
        CHECK, {"token": token, "check": check["id"], "answer": check["number"]}
    )
    assert right.status_code == 200 and right.json()["right"] is True
    saved = LessonProgress.objects.get(pk=progress)
    assert (saved.checks_passed, saved.check_open_since, saved.active_seconds) == (
        1,
        None,
        at_check,
    )
    seconds_pass(progress, 10)
    going_on = teacher_client.post(BEAT, {"token": token, "nonce": right.json()["nonce"]})
    assert going_on.status_code == 200 and "check" not in going_on.json()
    assert 9 <= going_on.json()["active_seconds"] - at_check <= 11
    flush_heartbeats()
    assert (
        LessonProgress.objects.get(pk=progress).active_seconds
        == (going_on.json()["active_seconds"])
    )


def test_a_flush_is_idempotent_and_a_stale_copy_never_goes_back(
    write_behind, teacher_client, teacher, course
):
    _page, progress, _token, _nonce = open_first_lesson(teacher_client, teacher, course)
    enrolment, moment = opened_at(progress)
    for beats in range(3):
        moment += timedelta(seconds=15)
        services.record_heartbeat(progress, enrolment, moment, beats)
    state = writebehind._redis().hmget(writebehind._key(progress), "t", "a", "b", "o")
    assert flush_heartbeats() == 1
    flushed = row(progress)
    assert flushed["beats"] == 3 and flushed["active_seconds"] == 45
    assert flush_heartbeats() == 0  # nothing changed: nothing written
    assert writebehind._write([(str(progress), *state)]) == 0  # the same copy again
    moment += timedelta(seconds=15)
    services.record_heartbeat(progress, enrolment, moment, 3)
    flush_heartbeats()
    assert writebehind._write([(str(progress), *state)]) == 0  # an older copy, late
    assert row(progress)["beats"] == 4 and row(progress)["active_seconds"] == 60


def test_a_flush_racing_with_beats_loses_none(write_behind, teacher_client, teacher, course):
    """A beat lands between the flush's read of a lesson and its write: the
    lesson stays dirty and the next flush writes the later state."""
    _page, progress, _token, _nonce = open_first_lesson(teacher_client, teacher, course)
    enrolment, moment = opened_at(progress)
    moment += timedelta(seconds=15)
    services.record_heartbeat(progress, enrolment, moment, 0)
    dirty, start = writebehind._dirty(), writebehind.prefix()
    taken = writebehind._script("take", writebehind._TAKE)(keys=[dirty], args=[100, start])
    services.record_heartbeat(progress, enrolment, moment + timedelta(seconds=15), 1)
    rows = [tuple(taken[i : i + 5]) for i in range(0, len(taken), 5)]
    writebehind._write(rows)
    pairs = [value for item in rows for value in (item[0], item[3])]
    writebehind._script("clean", writebehind._CLEAN)(keys=[dirty], args=[start, *pairs])
    assert row(progress)["beats"] == 1  # the flush's copy
    assert write_behind.sismember(dirty, progress)  # ... and the beat after it waits
    assert flush_heartbeats() == 1
    assert (row(progress)["beats"], row(progress)["active_seconds"]) == (2, 30)
    assert not write_behind.sismember(dirty, progress)


def test_a_lesson_completed_right_after_its_beats_counts_them(
    write_behind, teacher_client, teacher, course
):
    page, progress, _token, _nonce = open_first_lesson(teacher_client, teacher, course)
    enrolment = LessonProgress.objects.get(pk=progress).enrolment
    needed = page.min_active_minutes * 60
    assert needed > 0
    _enrolment, moment = opened_at(progress)
    for beats in range(needed // CAP + 1):
        moment += timedelta(seconds=CAP)
        services.record_heartbeat(progress, enrolment.pk, moment, beats)
    assert LessonProgress.objects.get(pk=progress).active_seconds == 0  # not flushed
    services.complete_lesson(enrolment, page, now=moment)
    enrolment.refresh_from_db()
    assert str(page.translation_key) in enrolment.done
    saved = LessonProgress.objects.get(pk=progress)
    assert saved.active_seconds >= needed and saved.completed_at is not None


def test_redis_unreachable_beats_go_straight_to_postgresql(
    write_behind, settings, teacher_client, teacher, course
):
    _page, progress, token, nonce = open_first_lesson(teacher_client, teacher, course)
    seconds_pass(progress)
    settings.HEARTBEAT_REDIS_URL = "redis://127.0.0.1:1/0"
    answer = teacher_client.post(BEAT, {"token": token, "nonce": nonce})
    assert answer.status_code == 200
    assert 14 <= LessonProgress.objects.get(pk=progress).active_seconds <= 16


def test_redis_state_behind_postgresql_is_replaced(
    write_behind, settings, teacher_client, teacher, course
):
    """Beats written directly while Redis was away: the next beat's nonce is
    beyond what Redis holds, so the lesson's state is seeded again."""
    _page, progress, _token, _nonce = open_first_lesson(teacher_client, teacher, course)
    enrolment, moment = opened_at(progress)
    moment += timedelta(seconds=15)
    services.record_heartbeat(progress, enrolment, moment, 0)
    flush_heartbeats()
    settings.HEARTBEAT_WRITE_BEHIND = False
    for beats in (1, 2):
        moment += timedelta(seconds=15)
        services.record_heartbeat(progress, enrolment, moment, beats)
    settings.HEARTBEAT_WRITE_BEHIND = True
    moment += timedelta(seconds=15)
    beat = services.record_heartbeat(progress, enrolment, moment, 3)
    assert beat.credited and (beat.beats, beat.active_seconds) == (4, 60)
    flush_heartbeats()
    assert (row(progress)["beats"], row(progress)["active_seconds"]) == (4, 60)


@pytest.mark.django_db(transaction=True)
def test_flushes_running_beside_beats_lose_none(
    migrated_data, write_behind, teacher_client, teacher, course
):
    """Beats in one thread, flushes in another at the same time (each with its
    own database connection): every beat ends in PostgreSQL."""
    import threading

    from django.db import connection

    _page, progress, _token, _nonce = open_first_lesson(teacher_client, teacher, course)
    enrolment, moment = opened_at(progress)
    count, done, errors = 150, threading.Event(), []

    def beats():
        try:
            for number in range(count):
                at = moment + timedelta(seconds=number + 1)
                assert services.record_heartbeat(progress, enrolment, at, number).credited
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            done.set()
            connection.close()

    def flushes():
        try:
            while not done.is_set():
                writebehind.flush(batch=1)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=beats), threading.Thread(target=flushes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    writebehind.flush()
    assert (row(progress)["beats"], row(progress)["active_seconds"]) == (count, count)
