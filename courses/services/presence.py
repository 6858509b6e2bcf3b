"""Presence on a lesson page: its state in one query, heartbeats that add active
time (a rotating nonce; one SQL statement on PostgreSQL) and attention checks."""

from datetime import datetime
from typing import NamedTuple

from django.db import connection, transaction
from django.utils import timezone

from .. import attention
from ..models import (
    Enrolment,
    LessonProgress,
    ReflectionAnswer,
)
from . import writebehind
from .enrolment import enrolment_for

# A heartbeat adds at most this much active time, however long the gap.
HEARTBEAT_CAP_SECONDS = 30


def lesson_state(user, course, lesson, with_answers=False):
    """What the lesson page needs about the learner: ``(enrolment, progress,
    answers)``. ``enrolment`` is None if not enrolled; ``progress`` None if
    the lesson was never opened; ``answers`` maps reflection block ids to the
    saved text (read only ``with_answers``).

    The lesson page is the most visited page of a course run, so on
    PostgreSQL this is one plain SQL statement; elsewhere, up to three ORM
    queries.
    """
    if connection.vendor != "postgresql":
        progress = (
            LessonProgress.objects.select_related("enrolment")
            .filter(
                enrolment__user=user,
                enrolment__course_key=course.translation_key,
                lesson_key=lesson.translation_key,
            )
            .first()
        )
        enrolment = progress.enrolment if progress else enrolment_for(user, course)
        answers = {}
        if enrolment is not None and with_answers:
            answers = dict(
                ReflectionAnswer.objects.filter(
                    enrolment=enrolment, lesson_key=lesson.translation_key
                ).values_list("block_id", "text")
            )
        return enrolment, writebehind.overlay(progress), answers
    with connection.cursor() as cursor:
        cursor.execute(
            _LESSON_STATE_SQL if with_answers else _LESSON_STATE_SQL_NO_ANSWERS,
            {"user": user.pk, "course": course.translation_key, "lesson": lesson.translation_key},
        )
        rows = cursor.fetchall()
    if not rows:
        return None, None, {}
    first = rows[0]
    size = len(_ENROLMENT_FIELDS)
    values = list(first[:size])
    values[_ENROLMENT_FIELDS.index("done")] = _DONE_FIELD.from_db_value(
        values[_ENROLMENT_FIELDS.index("done")], None, connection
    )
    enrolment = Enrolment.from_db(connection.alias, _ENROLMENT_FIELDS, values)
    progress = None
    if first[size] is not None:
        progress = LessonProgress.from_db(
            connection.alias, _PROGRESS_FIELDS, first[size : size + len(_PROGRESS_FIELDS)]
        )
        progress.enrolment = enrolment
    answers = {row[-2]: row[-1] for row in rows if row[-2] is not None} if with_answers else {}
    return enrolment, writebehind.overlay(progress), answers


def _columns(model, alias):
    fields = [field.attname for field in model._meta.concrete_fields]
    columns = ", ".join(f"{alias}.{model._meta.get_field(name).column}" for name in fields)
    return fields, columns


_ENROLMENT_FIELDS, _ENROLMENT_COLUMNS = _columns(Enrolment, "e")
_PROGRESS_FIELDS, _PROGRESS_COLUMNS = _columns(LessonProgress, "p")
_DONE_FIELD = Enrolment._meta.get_field("done")
_LESSON_STATE_SQL_NO_ANSWERS = f"""
SELECT {_ENROLMENT_COLUMNS}, {_PROGRESS_COLUMNS}
  FROM {Enrolment._meta.db_table} e
  LEFT JOIN {LessonProgress._meta.db_table} p
    ON p.enrolment_id = e.id AND p.lesson_key = %(lesson)s
 WHERE e.user_id = %(user)s AND e.course_key = %(course)s
"""  # noqa: S608 - only the models' own table and column names are interpolated
_LESSON_STATE_SQL = f"""
SELECT {_ENROLMENT_COLUMNS}, {_PROGRESS_COLUMNS}, r.block_id, r.text
  FROM {Enrolment._meta.db_table} e
  LEFT JOIN {LessonProgress._meta.db_table} p
    ON p.enrolment_id = e.id AND p.lesson_key = %(lesson)s
  LEFT JOIN {ReflectionAnswer._meta.db_table} r
    ON r.enrolment_id = e.id AND r.lesson_key = %(lesson)s
 WHERE e.user_id = %(user)s AND e.course_key = %(course)s
"""  # noqa: S608 - only the models' own table and column names are interpolated


def open_lesson(enrolment, lesson, now=None):
    """Record that the lesson was opened; returns its progress row."""
    now = now or timezone.now()
    progress, _created = LessonProgress.objects.get_or_create(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        defaults={
            "started_at": now,
            "last_beat_at": now,
            "check_due_seconds": attention.next_check_after(0),
        },
    )
    return progress


class Beat(NamedTuple):
    """What a heartbeat found: the lesson's active seconds and beat count,
    when an open attention check was opened (None if none), and whether this
    beat added time."""

    active_seconds: float
    beats: int
    check_open_since: datetime | None
    credited: bool


def record_heartbeat(progress_id, enrolment_id, now=None, beats=None):
    """Add active time for one heartbeat: at most the cap, and never more
    than the time that has passed since the previous one. Returns a ``Beat``,
    or None if there is no such progress row.

    ``beats`` is the beat count the client's nonce names (``courses.attention``):
    unless it is the row's current count the beat credits nothing (a replay, a
    second tab). Internal callers may pass None to skip that check. While an
    attention check is open, nothing is credited; the beat that reaches
    ``check_due_seconds`` opens one.

    On PostgreSQL, one statement: the row lock serialises heartbeats of the
    same lesson, and each adds only the time since the one before it. With
    ``HEARTBEAT_WRITE_BEHIND``, one Lua script in Redis instead, by the same
    rules (``writebehind``); Redis unreachable, the statement.
    """
    now = now or timezone.now()
    if writebehind.enabled():
        found = writebehind.record(progress_id, enrolment_id, now, beats, HEARTBEAT_CAP_SECONDS)
        if found == "missing":
            return None
        if found is not None:
            return Beat(*found)
    if connection.vendor == "postgresql":
        return _record_heartbeat_in_one_statement(progress_id, enrolment_id, now, beats)
    # Elsewhere, two statements: read the row, then a conditional update that
    # loses (and adds nothing) if another heartbeat of the same lesson got in between.
    row = (
        LessonProgress.objects.filter(pk=progress_id, enrolment_id=enrolment_id)
        .values("last_beat_at", "active_seconds", "beats", "check_due_seconds", "check_open_since")
        .first()
    )
    if row is None:
        return None
    unchanged = Beat(row["active_seconds"], row["beats"], row["check_open_since"], False)
    if row["check_open_since"] is not None or (beats is not None and beats != row["beats"]):
        return unchanged
    elapsed = max(0.0, (now - row["last_beat_at"]).total_seconds())
    active = row["active_seconds"] + min(elapsed, HEARTBEAT_CAP_SECONDS)
    due = row["check_due_seconds"]
    opened = now if due and active >= due else None
    updated = LessonProgress.objects.filter(
        pk=progress_id, last_beat_at=row["last_beat_at"], beats=row["beats"]
    ).update(
        last_beat_at=now, active_seconds=active, beats=row["beats"] + 1, check_open_since=opened
    )
    return Beat(active, row["beats"] + 1, opened, True) if updated else unchanged


def _record_heartbeat_in_one_statement(progress_id, enrolment_id, now, beats):
    # The hottest write of the platform: plain SQL, no ORM work per beat. On
    # its own (not inside a wider transaction) it also commits without
    # waiting for the disk: heartbeats are many and each is worth at most
    # HEARTBEAT_CAP_SECONDS, so a crash of the database may lose the beats of
    # its last fraction of a second (PostgreSQL's asynchronous commit: the data
    # stays consistent), while no heartbeat waits for a WAL flush any more.
    sql = _HEARTBEAT_SQL[connection.in_atomic_block, beats is not None]
    params = {"now": now, "cap": HEARTBEAT_CAP_SECONDS, "id": progress_id}
    params.update({"enrolment": enrolment_id, "beats": beats})
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
        if row is not None:
            return Beat(row[0], row[1], row[2], True)
        # Nothing credited: a stale nonce, an open check, or no such row.
        cursor.execute(_HEARTBEAT_STATE_SQL, params)
        row = cursor.fetchone()
    return Beat(row[0], row[1], row[2], False) if row else None


_ADDED = "LEAST(%(cap)s, GREATEST(0, EXTRACT(EPOCH FROM (%(now)s - last_beat_at))))"
_HEARTBEAT_UPDATE = f"""
UPDATE {LessonProgress._meta.db_table}
   SET active_seconds = active_seconds + {_ADDED},
       last_beat_at = %(now)s,
       beats = beats + 1,
       check_open_since = CASE
           WHEN check_due_seconds > 0 AND active_seconds + {_ADDED} >= check_due_seconds
           THEN %(now)s END
 WHERE id = %(id)s AND enrolment_id = %(enrolment)s AND check_open_since IS NULL
"""  # noqa: S608 - only the model's own table name is interpolated
_NONCE = "   AND beats = %(beats)s\n"
# set_config(..., true) is SET LOCAL: it lasts until this statement's own
# transaction commits, asynchronously. As a condition on the row (volatile, so
# checked on the row itself) it costs the planner less than a CTE would.
_ASYNC = "   AND set_config('synchronous_commit', 'off', true) IS NOT NULL\n"
_RETURNING = "RETURNING active_seconds, beats, check_open_since"
# (inside a transaction already, with a nonce) -> statement
_HEARTBEAT_SQL = {
    (atomic, with_nonce): _HEARTBEAT_UPDATE
    + (_NONCE if with_nonce else "")
    + ("" if atomic else _ASYNC)
    + _RETURNING
    for atomic in (True, False)
    for with_nonce in (True, False)
}
_HEARTBEAT_STATE_SQL = f"""
SELECT active_seconds, beats, check_open_since
  FROM {LessonProgress._meta.db_table}
 WHERE id = %(id)s AND enrolment_id = %(enrolment)s
"""  # noqa: S608 - only the model's own table name is interpolated


def answer_attention_check(progress_id, enrolment_id, challenge_id, answer, now=None):
    """The learner's answer to the open check named by ``challenge_id``.
    Returns ``(answered, progress)``: right, the check closes and credit goes
    on from now; wrong, it counts as missed and a new check opens. None if the
    challenge is not this row's open one (already answered, forged, stale)."""
    now = now or timezone.now()
    opened = attention.opened_at_of(challenge_id, progress_id)
    writebehind.settle(progress_id)  # the check may have opened in Redis only
    with transaction.atomic():
        progress = (
            LessonProgress.objects.select_for_update()
            .filter(pk=progress_id, enrolment_id=enrolment_id, check_open_since__isnull=False)
            .first()
        )
        if progress is None or opened != progress.check_open_since.isoformat():
            return None
        right = str(attention.number(progress_id, progress.check_open_since)) == str(answer)
        if right:
            progress.check_open_since = None
            progress.last_beat_at = now  # the time spent before answering is not credited
            progress.check_due_seconds = attention.next_check_after(progress.active_seconds)
            progress.checks_passed += 1
        else:
            progress.check_open_since = now
            progress.checks_failed += 1
        progress.save(
            update_fields=[
                "check_open_since",
                "last_beat_at",
                "check_due_seconds",
                "checks_passed",
                "checks_failed",
            ]
        )
    writebehind.sync(progress)
    return right, progress
