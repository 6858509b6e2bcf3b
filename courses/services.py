"""The rules of learning, as small functions the views call.

Every write that decides something (enrolment, lesson completion, a test
attempt) happens here, inside a transaction and with the enrolment row
locked, so concurrent requests cannot both count.
"""

import random
from datetime import datetime, timedelta
from decimal import Decimal
from typing import NamedTuple

from django.db import IntegrityError, connection, transaction
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from users.models import SCHOOL_STAFF_ROLES

from . import attention
from .hours import academic_hours
from .models import (
    Attempt,
    CoursePage,
    Enrolment,
    HoursCredit,
    LessonProgress,
    ReflectionAnswer,
)
from .outline import get_outline
from .scoring import draw_questions, score_attempt
from .signals import course_completed

# A heartbeat adds at most this much active time, however long the gap.
HEARTBEAT_CAP_SECONDS = 30


class LearningError(Exception):
    """A refusal with a message for the learner; nothing was recorded."""


def enrolment_for(user, course):
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course_key=course.translation_key).first()


def can_enrol(user, course, now=None):
    now = now or timezone.now()
    if user.role not in SCHOOL_STAFF_ROLES:
        return False, _("This course is for teachers, school psychologists and social pedagogues.")
    if course.enrolment_opens and now < course.enrolment_opens:
        return False, _("Enrolment has not opened yet.")
    if course.enrolment_closes and now > course.enrolment_closes:
        return False, _("Enrolment is closed.")
    return True, ""


def open_courses(now=None):
    """Published courses in the active language whose enrolment has not
    closed: what "My learning" offers someone who is enrolled in nothing."""
    now = now or timezone.now()
    return (
        CoursePage.objects.live()
        .public()
        .filter(locale=Locale.get_active())
        .exclude(enrolment_closes__lt=now)
        .order_by("path")
    )


def enroll(user, course):
    allowed, reason = can_enrol(user, course)
    if not allowed:
        raise LearningError(reason)
    enrolment, _created = Enrolment.objects.get_or_create(
        user=user, course_key=course.translation_key, defaults={"course": course}
    )
    return enrolment


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
        return enrolment, progress, answers
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
    return enrolment, progress, answers


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
    same lesson, and each adds only the time since the one before it.
    """
    now = now or timezone.now()
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
    return right, progress


@transaction.atomic
def complete_lesson(enrolment, lesson, request=None, now=None):
    now = now or timezone.now()
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    outline = get_outline(enrolment_course(enrolment, lesson), request)
    key = str(lesson.translation_key)
    if not outline.unlocked(key, enrolment.done):
        raise LearningError(_("Finish the earlier lessons and tests first."))
    progress = LessonProgress.objects.filter(enrolment=enrolment, lesson_key=key).first()
    needed = lesson.min_active_minutes * 60
    if progress is None or progress.active_seconds < needed:
        spent = int(progress.active_seconds // 60) if progress else 0
        raise LearningError(
            ngettext(
                "You have studied this lesson for %(spent)d of %(needed)d minute.",
                "You have studied this lesson for %(spent)d of %(needed)d minutes.",
                lesson.min_active_minutes,
            )
            % {"spent": spent, "needed": lesson.min_active_minutes}
        )
    if key not in enrolment.done:
        hours = _hours_of(outline, key)
        if not _fits_today(enrolment, outline, hours, now):
            # Nothing is recorded: the active time stays for tomorrow.
            credited, cap, left = _today(enrolment, outline, now)
            raise LearningError(
                _(
                    "The daily limit is %(cap)s, and this lesson (%(hours)s) does not fit "
                    "into what is left today (%(left)s). You can mark it as done tomorrow; "
                    "your study time is kept."
                )
                % {
                    "cap": academic_hours(cap),
                    "hours": academic_hours(hours),
                    "left": academic_hours(left),
                }
            )
    if progress.completed_at is None:
        progress.completed_at = now
        progress.save(update_fields=["completed_at"])
    _mark_done(enrolment, outline, key, now)
    return enrolment


def allowance(enrolment, course, now=None):
    """Today's allowance of the daily limit: ``(credited today, cap, left)``
    in academic hours, today being the calendar day in Asia/Almaty
    (``settings.TIME_ZONE``). ``course`` is the course page or its outline;
    a cap of 0 means no limit, and then ``left`` is None.

    Read from the enrolment (``credit_day``, ``credit_day_hours``), so a page
    that has the enrolment pays no query for it."""
    today = timezone.localdate(now or timezone.now())
    credited = enrolment.credit_day_hours if enrolment.credit_day == today else Decimal("0")
    cap = Decimal(course.daily_hours_cap or 0)
    left = max(Decimal("0"), cap - credited) if cap else None
    return credited, cap, left


def _today(enrolment, outline, now):
    """Like ``allowance``, but from the ledger, and counting tests in an open
    attempt as already credited (their pass will be, whenever it comes), for
    the rules, which run with the enrolment row locked."""
    cap = Decimal(outline.daily_hours_cap or 0)
    credited = HoursCredit.objects.filter(
        enrolment=enrolment, day=timezone.localdate(now)
    ).aggregate(total=Sum("hours"))["total"] or Decimal("0")
    credited += _reserved(enrolment, outline, now)
    left = max(Decimal("0"), cap - credited) if cap else None
    return credited, cap, left


def _reserved(enrolment, outline, now):
    """Hours of tests not yet passed that have an attempt still open."""
    open_keys = {
        str(key)
        for key in Attempt.objects.filter(enrolment=enrolment, submitted_at__isnull=True)
        .filter(Q(deadline__isnull=True) | Q(deadline__gte=now - timedelta(seconds=60)))
        .values_list("assessment_key", flat=True)
    }
    return sum(
        (
            item.hours
            for item in outline.items
            if item.kind == "test" and item.key not in enrolment.done and item.key in open_keys
        ),
        Decimal("0"),
    )


def _hours_of(outline, key):
    item = outline.item(key)
    return item.hours if item else Decimal("0")


def _fits_today(enrolment, outline, hours, now):
    """Whether ``hours`` more can be credited today. Items of 0 hours always
    fit; an item bigger than the whole cap fits on a day with nothing
    credited (or reserved) yet, or it could never be done."""
    if not outline.daily_hours_cap or not hours:
        return True
    credited, cap, _left = _today(enrolment, outline, now)
    return credited == 0 or credited + hours <= cap


def enrolment_course(enrolment, page):
    """The course page in the language of ``page`` (the outline is per language)."""
    from .models import CoursePage

    # Set by CoursePage.route when the page was reached through its course's URL.
    routed = getattr(page, "_routed_course", None)
    if routed is not None:
        return routed
    return CoursePage.objects.ancestor_of(page).first() or enrolment.course


def _mark_done(enrolment, outline, key, now):
    fields = ["done", "hours_done", "last_activity_at"]
    if key not in enrolment.done:
        enrolment.done = [*enrolment.done, key]
        fields += _credit(enrolment, outline, key, now)
    enrolment.hours_done = outline.hours_done(enrolment.done)
    enrolment.last_activity_at = now
    newly_completed = enrolment.completed_at is None and outline.is_complete(enrolment.done)
    if newly_completed:
        enrolment.completed_at = now
        fields.append("completed_at")
    enrolment.save(update_fields=fields)
    if newly_completed:
        course_completed.send(sender=Enrolment, enrolment=enrolment)


def _credit(enrolment, outline, key, now):
    """Write the ledger row of an item just done (the caller holds the
    enrolment row lock) and keep the enrolment's count of the day; returns
    the enrolment fields changed."""
    hours = _hours_of(outline, key)
    day = timezone.localdate(now)
    _credit_row, created = HoursCredit.objects.get_or_create(
        enrolment=enrolment,
        item_key=key,
        defaults={"hours": hours, "day": day, "credited_at": now},
    )
    if not created:
        return []
    if enrolment.credit_day == day:
        enrolment.credit_day_hours += hours
    elif enrolment.credit_day is None or day > enrolment.credit_day:
        enrolment.credit_day, enrolment.credit_day_hours = day, hours
    else:
        return []  # a credit dated before the latest day (a back-dated record)
    return ["credit_day", "credit_day_hours"]


def save_reflection(enrolment, lesson, block_id, text):
    text = (text or "").strip()
    if not text:
        raise LearningError(_("Write your answer before saving."))
    if len(text) > 5000:
        raise LearningError(_("The answer is too long: at most 5000 characters."))
    valid_ids = {block.id for block in lesson.body if block.block_type == "reflection"}
    if block_id not in valid_ids:
        raise LearningError(_("This task is not part of the lesson."))
    ReflectionAnswer.objects.update_or_create(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        defaults={"text": text},
    )


def attempts_of(enrolment, assessment):
    return list(
        Attempt.objects.filter(
            enrolment=enrolment, assessment_key=assessment.translation_key
        ).order_by("number")
    )


@transaction.atomic
def start_attempt(enrolment, assessment, request=None, now=None, rng=None):
    now = now or timezone.now()
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    outline = get_outline(enrolment_course(enrolment, assessment), request)
    key = str(assessment.translation_key)
    if not outline.unlocked(key, enrolment.done):
        raise LearningError(_("Finish the earlier lessons and tests first."))
    previous = attempts_of(enrolment, assessment)
    open_attempt = next(
        (a for a in previous if a.submitted_at is None and not _expired(a, now)), None
    )
    if open_attempt:
        return open_attempt
    if any(a.passed for a in previous):
        raise LearningError(_("You have already passed this test."))
    if assessment.attempt_limit and len(previous) >= assessment.attempt_limit:
        raise LearningError(_("You have used all your attempts at this test."))
    # A pass is never refused after the fact: a test whose hours do not fit
    # today's allowance cannot be started, and an open attempt reserves them.
    hours = _hours_of(outline, key)
    if not _fits_today(enrolment, outline, hours, now):
        credited, cap, left = _today(enrolment, outline, now)
        raise LearningError(
            _(
                "The daily limit is %(cap)s, and this test (%(hours)s) does not fit "
                "into what is left today (%(left)s). You can start it tomorrow."
            )
            % {
                "cap": academic_hours(cap),
                "hours": academic_hours(hours),
                "left": academic_hours(left),
            }
        )
    deadline = (
        now + timedelta(minutes=assessment.time_limit_minutes)
        if assessment.time_limit_minutes
        else None
    )
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                enrolment=enrolment,
                assessment=assessment,
                assessment_key=assessment.translation_key,
                number=len(previous) + 1,
                started_at=now,
                deadline=deadline,
                questions=draw_questions(
                    assessment,
                    rng or random.SystemRandom(),
                    seen={entry["id"] for a in previous for entry in a.questions},
                ),
            )
    except IntegrityError as error:
        raise LearningError(_("This attempt has already been started.")) from error


def _expired(attempt, now):
    return attempt.deadline is not None and now > attempt.deadline


@transaction.atomic
def submit_attempt(enrolment, attempt_id, answers, request=None, now=None):
    """Score a submission. Refuses, recording nothing, an attempt of someone
    else, one already submitted, one past its time limit, or answers naming
    options that were not offered."""
    now = now or timezone.now()
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    attempt = (
        Attempt.objects.select_for_update()
        .select_related("assessment")
        .filter(pk=attempt_id, enrolment=enrolment)
        .first()
    )
    if attempt is None:
        raise LearningError(_("This attempt is not yours."))
    if attempt.submitted_at is not None:
        raise LearningError(_("This attempt has already been submitted."))
    # A minute of grace for the network; beyond it the answers are refused.
    if attempt.deadline and now > attempt.deadline + timedelta(seconds=60):
        raise LearningError(_("The time for this attempt ran out; the answers were not accepted."))
    assessment = attempt.assessment
    score, checked = score_attempt(assessment, attempt.questions, answers)
    attempt.answers = checked
    attempt.score = score
    attempt.passed = score >= Decimal(assessment.pass_mark)
    attempt.submitted_at = now
    attempt.save(update_fields=["answers", "score", "passed", "submitted_at"])
    if attempt.passed:
        outline = get_outline(enrolment_course(enrolment, assessment), request)
        _mark_done(enrolment, outline, str(attempt.assessment_key), now)
    else:
        enrolment.last_activity_at = now
        enrolment.save(update_fields=["last_activity_at"])
    return attempt
