"""Unusual evidence behind credited hours, for staff to look into.

Each rule reads the learners of one course within the viewer's scope
(``courses.learners.visible_enrolments``) in one or two queries and returns
flags with the evidence that raised them. A flag is a reason to look, never a
verdict: nothing here changes an enrolment, a credit or a certificate.

- **Too fast**: a completion in fewer calendar days (Asia/Almaty) than the
  course's daily cap allows for its declared hours.
- **Around the clock**: a lesson whose heartbeats ran for hours with no break
  (active time nearly equal to the time from first opening to last beat).
- **Same answers**: a reflection or practical task answer (20 characters or
  more) that other learners of the course gave word for word, case and spaces
  aside.
- **Missed checks**: three or more attention checks answered wrongly.
"""

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import F, Sum
from django.db.models.functions import Length
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .hours import academic_hours
from .models import LessonProgress, PracticalSubmission, ReflectionAnswer

NONSTOP_MIN = timedelta(hours=4)
NONSTOP_SHARE = 0.9
SAME_ANSWER_MIN_CHARS = 20
MISSED_CHECKS_MIN = 3


@dataclass
class Flag:
    kind: str
    evidence: str


def flags_for(course, enrolments, outline):
    """``{enrolment id: [Flag, ...]}`` for the enrolments (a queryset in scope) of ``course``."""
    enrolments = enrolments.filter(course_key=course.translation_key)
    titles = {item.key: item.title for item in outline.items}
    found = defaultdict(list)
    for rule in (_too_fast, _around_the_clock, _same_answers, _missed_checks):
        for enrolment_id, flag in rule(course, enrolments, titles):
            found[enrolment_id].append(flag)
    return found


def _too_fast(course, enrolments, titles):
    cap = course.daily_hours_cap
    if not cap or not course.declared_hours:
        return
    needed = math.ceil(course.declared_hours / cap)
    rows = enrolments.filter(completed_at__isnull=False).values_list(
        "pk", "enrolled_at", "completed_at", "hours_done"
    )
    for pk, enrolled_at, completed_at, hours in rows:
        days = (timezone.localdate(completed_at) - timezone.localdate(enrolled_at)).days + 1
        if days < needed:
            yield (
                pk,
                Flag(
                    "too_fast",
                    ngettext(
                        "Completed %(hours)s in %(days)d day; the pace allows it in %(needed)d at the least.",
                        "Completed %(hours)s in %(days)d days; the pace allows it in %(needed)d at the least.",
                        days,
                    )
                    % {"hours": academic_hours(hours), "days": days, "needed": needed},
                ),
            )


def _around_the_clock(course, enrolments, titles):
    rows = (
        LessonProgress.objects.filter(enrolment__in=enrolments)
        .annotate(span=F("last_beat_at") - F("started_at"))
        .filter(span__gte=NONSTOP_MIN)
        .values_list("enrolment_id", "lesson_key", "span", "active_seconds")
    )
    for enrolment_id, lesson_key, span, active in rows:
        if active >= NONSTOP_SHARE * span.total_seconds():
            hours, minutes = divmod(int(active // 60), 60)
            yield (
                enrolment_id,
                Flag(
                    "around_the_clock",
                    _("«%(lesson)s»: %(hours)d h %(minutes)d min of heartbeats with no break.")
                    % {
                        "lesson": titles.get(str(lesson_key), lesson_key),
                        "hours": hours,
                        "minutes": minutes,
                    },
                ),
            )


def _same_answers(course, enrolments, titles):
    yield from _same_texts(ReflectionAnswer, enrolments, titles, _reflection_message)
    yield from _same_texts(PracticalSubmission, enrolments, titles, _task_message)


def _reflection_message(others):
    return ngettext(
        "«%(lesson)s»: the same reflection answer as %(others)d other learner: «%(text)s»",
        "«%(lesson)s»: the same reflection answer as %(others)d other learners: «%(text)s»",
        others,
    )


def _task_message(others):
    return ngettext(
        "«%(lesson)s»: the same practical task answer as %(others)d other learner: «%(text)s»",
        "«%(lesson)s»: the same practical task answer as %(others)d other learners: «%(text)s»",
        others,
    )


def _same_texts(model, enrolments, titles, message):
    # Compared in Python (case folded, spaces collapsed): SQLite's lower() knows
    # no Cyrillic. Only a digest of each answer is kept while reading.
    answers = (
        model.objects.filter(enrolment__in=enrolments)
        .annotate(length=Length("text"))
        .filter(length__gte=SAME_ANSWER_MIN_CHARS)
        .values_list("enrolment_id", "lesson_key", "block_id", "text")
    )
    groups = defaultdict(list)
    for enrolment_id, lesson_key, block_id, text in answers.iterator(chunk_size=2000):
        same = hashlib.sha256(" ".join(text.split()).casefold().encode()).digest()
        groups[lesson_key, block_id, same].append((enrolment_id, text))
    for (lesson_key, _block, _same), found in groups.items():
        learners = {enrolment_id for enrolment_id, _text in found}
        if len(learners) < 2:
            continue
        for enrolment_id, text in found:
            yield (
                enrolment_id,
                Flag(
                    "same_answers",
                    message(len(learners) - 1)
                    % {
                        "lesson": titles.get(str(lesson_key), lesson_key),
                        "others": len(learners) - 1,
                        "text": text[:120],
                    },
                ),
            )


def _missed_checks(course, enrolments, titles):
    rows = (
        LessonProgress.objects.filter(enrolment__in=enrolments)
        .values("enrolment_id")
        .annotate(missed=Sum("checks_failed"), answered=Sum("checks_passed"))
        .filter(missed__gte=MISSED_CHECKS_MIN)
        .order_by()
    )
    for row in rows:
        yield (
            row["enrolment_id"],
            Flag(
                "missed_checks",
                ngettext(
                    "Missed %(missed)d attention check (%(answered)d answered).",
                    "Missed %(missed)d attention checks (%(answered)d answered).",
                    row["missed"],
                )
                % {"missed": row["missed"], "answered": row["answered"]},
            ),
        )
