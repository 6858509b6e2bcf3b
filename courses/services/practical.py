"""Practical tasks: answers submitted, checked, reviewed.

A task (``PracticalTaskBlock``) is checked one of two ways. "auto": the
answer is accepted on submission when it has the task's least number of
words and is not, case and spaces aside, the text another learner gave to the
same task; otherwise it is refused and nothing is kept. "reviewed": the
answer waits until a reviewer (permission ``courses.review_practicaltask``)
accepts it or returns it with a comment; a returned answer may be submitted
again, which replaces it and sends it back to review. An accepted answer, or
one waiting for review, cannot be changed: the reviewer reads what was sent.

A lesson with tasks is done only once every task is accepted
(``refuse_unless_accepted``, called by ``complete_lesson``). Submissions run
under the enrolment's row lock, like every other learning rule; reviews lock
the answer's row and queue the learner's letter after the commit.
"""

import hashlib
import re

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import PracticalSubmission
from ..models.practical import MAX_CHARS
from .enrolment import LearningError, lock_for_item

BLOCK_TYPE = "practical_task"
Status = PracticalSubmission.Status
Checking = PracticalSubmission.Checking
MAX_COMMENT_CHARS = 2000


def tasks_of(lesson):
    """The lesson's practical tasks in order: ``[(number, block), ...]``."""
    found = [block for block in lesson.body if block.block_type == BLOCK_TYPE]
    return list(enumerate(found, start=1))


def task_minutes(lesson):
    """The minutes the lesson's tasks are expected to take (policy evidence)."""
    return sum(block.value["minutes"] or 0 for _number, block in tasks_of(lesson))


def word_count(text):
    return len(text.split())


def fingerprint(text):
    """The same for texts that differ only in case and spaces."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()


def task_name(number, block):
    """How messages name a task: "Practical task 2 («Write a plan…»)"."""
    words = re.sub(r"\s+", " ", strip_tags(block.value["instructions"].source)).strip()
    start = Truncator(words).words(6, truncate="…")
    if not start:
        return _("Practical task %(number)d") % {"number": number}
    return _("Practical task %(number)d («%(start)s»)") % {"number": number, "start": start}


def submissions_of(enrolment, lesson):
    """The learner's answers to the lesson's tasks, by block id."""
    rows = PracticalSubmission.objects.filter(
        enrolment=enrolment, lesson_key=lesson.translation_key
    )
    return {row.block_id: row for row in rows}


def _clean(lesson, block_id, text):
    """``(number, block, text)`` for an answer fit to submit, else a refusal."""
    tasks = {block.id: (number, block) for number, block in tasks_of(lesson)}
    if not isinstance(block_id, str) or block_id not in tasks:
        raise LearningError(_("This task is not part of the lesson."))
    number, block = tasks[block_id]
    text = (text or "").strip()
    if not text:
        raise LearningError(_("Write your answer before submitting it."))
    if len(text) > MAX_CHARS:
        raise LearningError(
            _("The answer is too long: at most %(limit)s characters, yours has %(length)s.")
            % {"limit": MAX_CHARS, "length": len(text)}
        )
    least = block.value["min_words"] or 1
    words = word_count(text)
    if words < least:
        raise LearningError(
            ngettext(
                "%(task)s: the answer needs at least %(least)d word; it has %(words)d.",
                "%(task)s: the answer needs at least %(least)d words; it has %(words)d.",
                least,
            )
            % {"task": task_name(number, block), "least": least, "words": words}
        )
    return number, block, text


@transaction.atomic
def submit_task(enrolment, lesson, block_id, text, request=None, now=None):
    """Submit (or, once returned, submit again) an answer; returns the row."""
    now = now or timezone.now()
    number, block, text = _clean(lesson, block_id, text)
    enrolment, _outline, _key = lock_for_item(enrolment, lesson, request)
    existing = (
        PracticalSubmission.objects.select_for_update()
        .filter(enrolment=enrolment, lesson_key=lesson.translation_key, block_id=block_id)
        .first()
    )
    name = task_name(number, block)
    if existing is not None and existing.status == Status.ACCEPTED:
        raise LearningError(_("%(task)s is accepted already.") % {"task": name})
    if existing is not None and existing.status == Status.SUBMITTED:
        raise LearningError(
            _("%(task)s is waiting for a reviewer; you can change it if it is returned.")
            % {"task": name}
        )
    digest = fingerprint(text)
    checking = Checking.AUTO if block.value["check"] == Checking.AUTO else Checking.REVIEWED
    if checking == Checking.AUTO and (
        PracticalSubmission.objects.filter(
            lesson_key=lesson.translation_key, block_id=block_id, fingerprint=digest
        )
        .exclude(enrolment=enrolment)
        .exists()
    ):
        raise LearningError(
            _(
                "%(task)s: this answer is the same as another learner's. Write the task "
                "in your own words."
            )
            % {"task": name}
        )
    accepted = checking == Checking.AUTO
    values = {
        "checking": checking,
        "text": text,
        "fingerprint": digest,
        "status": Status.ACCEPTED if accepted else Status.SUBMITTED,
        "submitted_at": now,
        "reviewed_at": now if accepted else None,
        "reviewer": None,
    }
    if existing is None:
        return PracticalSubmission.objects.create(
            enrolment=enrolment, lesson_key=lesson.translation_key, block_id=block_id, **values
        )
    # The reviewer's comment on the returned answer stays, for the next review.
    for field, value in values.items():
        setattr(existing, field, value)
    existing.save()
    return existing


def refuse_unless_accepted(enrolment, lesson):
    """Refuse to mark ``lesson`` done while a task is not accepted, naming
    the first such task and why."""
    tasks = tasks_of(lesson)
    if not tasks:
        return
    answers = submissions_of(enrolment, lesson)
    for number, block in tasks:
        answer = answers.get(block.id)
        name = task_name(number, block)
        if answer is None:
            raise LearningError(
                _("%(task)s has no answer yet: submit it before marking the lesson as done.")
                % {"task": name}
            )
        if answer.status == Status.SUBMITTED:
            raise LearningError(
                _(
                    "%(task)s is waiting for a reviewer: you can mark the lesson as done "
                    "once it is accepted."
                )
                % {"task": name}
            )
        if answer.status == Status.RETURNED:
            raise LearningError(
                _(
                    "%(task)s was returned by the reviewer: read the comment, change your "
                    "answer and submit it again."
                )
                % {"task": name}
            )


def review_queue():
    """Answers waiting for a reviewer, oldest first, with what the list shows."""
    return (
        PracticalSubmission.objects.filter(status=Status.SUBMITTED, checking=Checking.REVIEWED)
        .select_related("enrolment__user__school", "enrolment__course")
        .order_by("submitted_at", "pk")
    )


@transaction.atomic
def review_task(submission_id, reviewer, accept, comment="", now=None):
    """Accept an answer waiting for review, or return it with a comment
    (required); the learner gets a letter once the review is committed."""
    from ..tasks import send_review_notice

    now = now or timezone.now()
    comment = (comment or "").strip()
    if not accept and not comment:
        raise LearningError(_("Write a comment: the learner needs to know what to change."))
    if len(comment) > MAX_COMMENT_CHARS:
        raise LearningError(
            _("The comment is too long: at most %(limit)s characters.")
            % {"limit": MAX_COMMENT_CHARS}
        )
    submission = (
        PracticalSubmission.objects.select_for_update()
        .filter(pk=submission_id, status=Status.SUBMITTED, checking=Checking.REVIEWED)
        .first()
    )
    if submission is None:
        raise LearningError(
            _("This answer is not waiting for review: someone may have reviewed it already.")
        )
    submission.status = Status.ACCEPTED if accept else Status.RETURNED
    submission.reviewed_at = now
    submission.reviewer = reviewer
    submission.comment = comment  # optional when accepting
    submission.notice_sent_at = None
    submission.save(
        update_fields=["status", "reviewed_at", "reviewer", "comment", "notice_sent_at"]
    )
    transaction.on_commit(lambda: send_review_notice.delay(submission.pk))
    return submission
