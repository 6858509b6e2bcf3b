"""Background work of the course: letters to learners moved to another
edition, and to learners whose practical task was reviewed.

Each letter is claimed (``EditionMove.notice_sent_at`` or
``PracticalSubmission.notice_sent_at`` from NULL to now) before it is sent
and given back if sending fails, so a retried or repeated task never sends
one twice.
"""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from lms.locks import only_one

from .editions import edition_by_id, learner_outline
from .hours import academic_hours, hours_number
from .models import CoursePage, EditionMove, LessonPage, PracticalSubmission
from .outline import get_outline
from .services import writebehind

RETRY = {"autoretry_for": (Exception,), "retry_backoff": 5, "retry_jitter": True, "max_retries": 5}


@shared_task(bind=True, **RETRY)
def send_edition_notices(self, move_ids):
    return sum(1 for move_id in move_ids if send_edition_notice(move_id))


def send_edition_notice(move_id):
    return send_once(
        EditionMove.objects.select_related("enrolment__user", "enrolment__course"),
        move_id,
        letter,
    )


def send_once(rows, pk, compose):
    """Claim the letter of row ``pk`` of ``rows`` (its ``notice_sent_at``
    from NULL to now), send ``compose(row)``, and give the claim back if
    sending fails: however often a task runs, the letter goes once."""
    claimed = rows.filter(pk=pk, notice_sent_at__isnull=True).update(notice_sent_at=timezone.now())
    if not claimed:
        return False
    try:
        compose(rows.get(pk=pk)).send()
    except Exception:
        rows.model.objects.filter(pk=pk).update(notice_sent_at=None)
        raise
    return True


def letter(move):
    enrolment, user = move.enrolment, move.enrolment.user
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        course = (
            CoursePage.objects.live()
            .filter(translation_key=enrolment.course_key, locale=Locale.get_active())
            .first()
            or enrolment.course
        )
        outline = learner_outline(get_outline(course), enrolment)
        before = edition_by_id(move.from_edition_id) if move.from_edition_id else None
        kept = {entry["key"] for entry in before.items} if before else set()
        context = {
            "name": user.get_full_name() or user.email,
            "course": course.title,
            "edition": move.to_edition.number,
            "previous": before.number if before else None,
            "hours_done": hours_number(enrolment.hours_done),
            "declared_hours": academic_hours(outline.declared_hours),
            "added": [item.title for item in outline.items if before and item.key not in kept],
            "completed": enrolment.completed_at is not None,
            "note": move.note,
            "course_url": settings.SITE_URL.rstrip("/") + course.url,
            "site_name": _("Bilim"),
        }
        return EmailMessage(
            subject=_("%(course)s: you now study the course's edition %(edition)s")
            % {"course": course.title, "edition": move.to_edition.number},
            body=render_to_string("courses/email/edition_moved.txt", context),
            to=[user.email],
        )


@shared_task(bind=True, **RETRY)
def send_review_notice(self, submission_id):
    """The learner's letter about the latest review of a practical task, once.
    A letter not sent before the answer went back to review is not sent."""
    Status = PracticalSubmission.Status
    rows = PracticalSubmission.objects.select_related("enrolment__user").filter(
        status__in=[Status.ACCEPTED, Status.RETURNED],
        checking=PracticalSubmission.Checking.REVIEWED,
    )
    return send_once(rows, submission_id, review_letter)


def review_letter(submission):
    from .services.practical import task_name, tasks_of

    user = submission.enrolment.user
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        lessons = LessonPage.objects.live().filter(translation_key=submission.lesson_key)
        lesson = lessons.filter(locale=Locale.get_active()).first() or lessons.first()
        task = _("Practical task")
        for number, block in tasks_of(lesson) if lesson else []:
            if block.id == submission.block_id:
                task = task_name(number, block)
        accepted = submission.status == PracticalSubmission.Status.ACCEPTED
        context = {
            "name": user.get_full_name() or user.email,
            "lesson": lesson.title if lesson else "",
            "task": task,
            "accepted": accepted,
            "comment": submission.comment,
            "lesson_url": settings.SITE_URL.rstrip("/") + lesson.url if lesson else "",
            "site_name": _("Bilim"),
        }
        subject = (
            _("Your practical task is accepted: %(lesson)s")
            if accepted
            else _("Your practical task is returned for changes: %(lesson)s")
        )
        return EmailMessage(
            subject=subject % {"lesson": context["lesson"]},
            body=render_to_string("courses/email/practical_reviewed.txt", context),
            to=[user.email],
        )


@shared_task
def flush_heartbeats():
    """Copy the heartbeats kept in Redis to PostgreSQL (HEARTBEAT_WRITE_BEHIND;
    nothing to do when it is off). One run at a time; a repeated or retried one
    writes the same absolute values again, never adds twice."""
    if not writebehind.enabled():
        return 0
    with only_one("courses.flush_heartbeats") as held:
        return writebehind.flush() if held else 0
