"""The rules of learning, as small functions the views call.

Every write that decides something (enrolment, lesson completion, a test
attempt) happens here, inside a transaction and with the enrolment row
locked, so concurrent requests cannot both count.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from users.models import SCHOOL_STAFF_ROLES

from .models import Attempt, Enrolment, LessonProgress, ReflectionAnswer
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


def enroll(user, course):
    allowed, reason = can_enrol(user, course)
    if not allowed:
        raise LearningError(reason)
    enrolment, _created = Enrolment.objects.get_or_create(
        user=user, course_key=course.translation_key, defaults={"course": course}
    )
    return enrolment


def open_lesson(enrolment, lesson, now=None):
    """Record that the lesson was opened; returns its progress row."""
    now = now or timezone.now()
    progress, _created = LessonProgress.objects.get_or_create(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        defaults={"started_at": now, "last_beat_at": now},
    )
    return progress


def record_heartbeat(progress_id, enrolment_id, now=None):
    """Add active time for one heartbeat: at most the cap, and never more
    than the time that has passed since the previous one.

    Two statements: read the row, then a conditional update that loses (and
    adds nothing) if another heartbeat of the same lesson got in between.
    """
    now = now or timezone.now()
    row = (
        LessonProgress.objects.filter(pk=progress_id, enrolment_id=enrolment_id)
        .values("last_beat_at", "active_seconds", "beats")
        .first()
    )
    if row is None:
        return None
    elapsed = max(0.0, (now - row["last_beat_at"]).total_seconds())
    added = min(elapsed, HEARTBEAT_CAP_SECONDS)
    updated = LessonProgress.objects.filter(
        pk=progress_id, last_beat_at=row["last_beat_at"]
    ).update(last_beat_at=now, active_seconds=row["active_seconds"] + added, beats=row["beats"] + 1)
    return row["active_seconds"] + added if updated else row["active_seconds"]


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
            _("You have studied this lesson for %(spent)d of %(needed)d minutes.")
            % {"spent": spent, "needed": lesson.min_active_minutes}
        )
    if progress.completed_at is None:
        progress.completed_at = now
        progress.save(update_fields=["completed_at"])
    _mark_done(enrolment, outline, key, now)
    return enrolment


def enrolment_course(enrolment, page):
    """The course page in the language of ``page`` (the outline is per language)."""
    from .models import CoursePage

    return CoursePage.objects.ancestor_of(page).first() or enrolment.course


def _mark_done(enrolment, outline, key, now):
    if key not in enrolment.done:
        enrolment.done = [*enrolment.done, key]
    enrolment.hours_done = outline.hours_done(enrolment.done)
    enrolment.last_activity_at = now
    fields = ["done", "hours_done", "last_activity_at"]
    newly_completed = enrolment.completed_at is None and outline.is_complete(enrolment.done)
    if newly_completed:
        enrolment.completed_at = now
        fields.append("completed_at")
    enrolment.save(update_fields=fields)
    if newly_completed:
        course_completed.send(sender=Enrolment, enrolment=enrolment)


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
                questions=draw_questions(assessment, rng or random.SystemRandom()),
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
