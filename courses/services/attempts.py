"""Test attempts: drawing questions, the time limit, scoring and the pass."""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..editions import learner_outline
from ..models import (
    Attempt,
    Enrolment,
)
from ..outline import get_outline
from ..scoring import draw_questions, score_attempt
from .enrolment import LearningError, enrolment_course, lock_for_item
from .pace import mark_done, refuse_unless_it_fits


def attempts_of(enrolment, assessment):
    return list(
        Attempt.objects.filter(
            enrolment=enrolment, assessment_key=assessment.translation_key
        ).order_by("number")
    )


@transaction.atomic
def start_attempt(enrolment, assessment, request=None, now=None, rng=None):
    now = now or timezone.now()
    enrolment, outline, key = lock_for_item(enrolment, assessment, request)
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
    refuse_unless_it_fits(
        enrolment,
        outline,
        key,
        now,
        _(
            "The daily limit is %(cap)s, and this test (%(hours)s) does not fit "
            "into what is left today (%(left)s). You can start it tomorrow."
        ),
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
        outline = learner_outline(
            get_outline(enrolment_course(enrolment, assessment), request), enrolment, request
        )
        mark_done(enrolment, outline, str(attempt.assessment_key), now)
    else:
        enrolment.last_activity_at = now
        enrolment.save(update_fields=["last_activity_at"])
    return attempt
