"""Completing a lesson and keeping the learner's reflection answers."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import (
    LessonProgress,
    ReflectionAnswer,
)
from .enrolment import LearningError, lock_for_item
from .live import refuse_unless_attended
from .pace import mark_done, refuse_unless_it_fits
from .practical import refuse_unless_accepted
from .video import refuse_unless_watched
from .writebehind import enabled as writebehind_enabled
from .writebehind import settle


@transaction.atomic
def complete_lesson(enrolment, lesson, request=None, now=None):
    now = now or timezone.now()
    enrolment, outline, key = lock_for_item(enrolment, lesson, request)
    progress = LessonProgress.objects.filter(enrolment=enrolment, lesson_key=key).first()
    if progress is not None and writebehind_enabled():
        # Heartbeats kept in Redis count: written to the row first (read your writes).
        settle(progress.pk)
        progress.refresh_from_db()
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
        refuse_unless_watched(progress, lesson)
        # Every practical task of the lesson accepted (by a reviewer or the check).
        refuse_unless_accepted(enrolment, lesson)
        # Every required live session attended (marked present by the facilitator).
        refuse_unless_attended(enrolment, lesson)
        # Refused, nothing is recorded: the active time stays for tomorrow.
        refuse_unless_it_fits(
            enrolment,
            outline,
            key,
            now,
            _(
                "The daily limit is %(cap)s, and this lesson (%(hours)s) does not fit "
                "into what is left today (%(left)s). You can mark it as done tomorrow; "
                "your study time is kept."
            ),
        )
    if progress.completed_at is None:
        progress.completed_at = now
        progress.save(update_fields=["completed_at"])
    mark_done(enrolment, outline, key, now)
    return enrolment


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
