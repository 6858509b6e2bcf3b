"""Live sessions of a lesson: learners register for a date, join through
the platform's link, and the facilitator marks the register; a lesson with
a required live session is done only once its learner was marked present.

Seats are kept like the Parents' Academy keeps them (``academy.services``):
the session row is locked (``select_for_update``) before its seats are
counted, so two learners taking the last seat at once leave one registered
and one told there is none. A learner's own registrations are serialised by
the enrolment row lock (``lock_for_item``), so a double click or two tabs
cannot hold two dates of one session.
"""

from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.dates import show_time

from ..models import Enrolment, LessonPage, LiveAttendance, LiveSession
from .enrolment import LearningError, lock_for_item

# At most this many dates ahead are offered per block.
DATES_SHOWN = 12


class Block(NamedTuple):
    """A ``live_session`` block of a lesson."""

    block_id: str
    topic: str
    minutes: int
    required: bool


def live_blocks(lesson):
    """The lesson's live session blocks, in page order."""
    return [
        Block(
            block.id, value.get("topic") or "", value.get("minutes") or 0, bool(value["required"])
        )
        for block in lesson.body
        if block.block_type == "live_session" and (value := block.value)
    ]


def required_minutes(lesson):
    """The minutes of the live sessions the lesson requires: the evidence
    they give (``courses.policy``)."""
    return sum(block.minutes for block in live_blocks(lesson) if block.required)


@dataclass
class BlockState:
    """One live session block as a learner meets it."""

    block: Block
    now: object = None
    attended: LiveAttendance | None = None
    current: LiveAttendance | None = None  # a date ahead or under way, not cancelled
    past: LiveAttendance | None = None  # the latest one over, not marked present
    dates: list = field(default_factory=list)  # sessions one may register for

    @property
    def can_choose(self):
        """Dates are offered: not attended, and no seat at a date that has started."""
        started = self.current is not None and self.now >= self.current.session.starts_at
        return self.attended is None and not started and bool(self.dates)

    @property
    def can_cancel(self):
        return self.current is not None and self.now < self.current.session.starts_at

    @property
    def join_open(self):
        return self.current is not None and join_open(self.current.session, self.now)


def lesson_live_state(enrolment, lesson, now=None):
    """``{block id: BlockState}`` for the lesson's live blocks: two queries,
    none for a lesson without one."""
    now = now or timezone.now()
    blocks = live_blocks(lesson)
    if not blocks:
        return {}
    sessions = list(
        LiveSession.objects.filter(
            lesson_key=lesson.translation_key, block_id__in=[block.block_id for block in blocks]
        )
        .annotate(taken=Count("attendances"))
        .order_by("starts_at", "pk")
    )
    mine = {
        row.session_id: row
        for row in LiveAttendance.objects.filter(
            enrolment=enrolment, session__in=[session.pk for session in sessions]
        )
    }
    states = {block.block_id: BlockState(block, now) for block in blocks}
    for session in sessions:
        state = states[session.block_id]
        session.seats_left = max(0, session.capacity - session.taken)
        row = mine.get(session.pk)
        if row is not None:
            row.session = session
            if row.present:
                state.attended = row
            elif row.present is False or session.is_cancelled or now >= session.ends_at:
                state.past = row
            else:
                state.current = state.current or row
        if (
            session.status == LiveSession.Status.SCHEDULED
            and now < session.starts_at
            and len(state.dates) < DATES_SHOWN
        ):
            state.dates.append(session)
    return states


def join_open(session, now=None):
    now = now or timezone.now()
    return not session.is_cancelled and session.join_opens_at() <= now < session.ends_at


def _session_of(lesson, session_id, lock=False):
    blocks = [block.block_id for block in live_blocks(lesson)]
    sessions = LiveSession.objects.select_for_update() if lock else LiveSession.objects
    return sessions.filter(
        pk=session_id, lesson_key=lesson.translation_key, block_id__in=blocks
    ).first()


@transaction.atomic
def register(enrolment, lesson, session_id, request=None, now=None):
    """Take a seat at a date of one of the lesson's live sessions; a seat
    at another date of the same session that has not started is given up
    (the learner changes the date). Returns the attendance row."""
    now = now or timezone.now()
    enrolment, _outline, key = lock_for_item(enrolment, lesson, request)
    session = _session_of(lesson, session_id, lock=True)
    if session is None:
        raise LearningError(_("There is no such date for this lesson's live session."))
    if session.is_cancelled:
        raise LearningError(_("This date has been cancelled. Choose another one."))
    if now >= session.starts_at:
        raise LearningError(_("This session has already started. Choose a later date."))
    mine = list(
        LiveAttendance.objects.filter(
            enrolment=enrolment, session__lesson_key=key, session__block_id=session.block_id
        ).select_related("session")
    )
    if any(row.present for row in mine):
        raise LearningError(_("You have already attended this live session."))
    for row in mine:
        if row.session_id == session.pk:
            return row
    if session.attendances.count() >= session.capacity:
        raise LearningError(_("There are no seats left on this date. Choose another one."))
    for row in mine:
        if now < row.session.starts_at and not row.session.is_cancelled:
            row.delete()  # the date changed
    return LiveAttendance.objects.create(session=session, enrolment=enrolment, registered_at=now)


@transaction.atomic
def cancel(enrolment, lesson, session_id, now=None):
    """Give up a seat before the session starts."""
    now = now or timezone.now()
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    row = (
        LiveAttendance.objects.select_related("session")
        .filter(
            enrolment=enrolment, session_id=session_id, session__lesson_key=lesson.translation_key
        )
        .first()
    )
    if row is None:
        raise LearningError(_("You are not registered for this date."))
    if now >= row.session.starts_at:
        raise LearningError(
            _("The session has started; the registration can no longer be cancelled.")
        )
    row.delete()


def attendance_of(user, session_id):
    """``user``'s own seat at the session, or None: nobody reaches another's."""
    if not user.is_authenticated:
        return None
    return (
        LiveAttendance.objects.select_related("session")
        .filter(session_id=session_id, enrolment__user=user)
        .first()
    )


def join(attendance, now=None):
    """The meeting link, from 15 minutes before the start to the end; the
    first time records ``joined_at``."""
    now = now or timezone.now()
    session = attendance.session
    if session.is_cancelled:
        raise LearningError(_("This session has been cancelled."))
    if now < session.join_opens_at():
        raise LearningError(
            _("The link opens at %(time)s, 15 minutes before the session starts.")
            % {"time": show_time(session.join_opens_at())}
        )
    if now >= session.ends_at:
        raise LearningError(_("The session is over."))
    LiveAttendance.objects.filter(pk=attendance.pk, joined_at__isnull=True).update(joined_at=now)
    return session.meeting_url


def lesson_for(session, language):
    """The live lesson of a session, in ``language`` where it has one."""
    pages = LessonPage.objects.live().filter(translation_key=session.lesson_key)
    return pages.filter(locale__language_code=language).first() or pages.first()


def refuse_unless_attended(enrolment, lesson):
    """Refuse to mark the lesson done while one of its required live
    sessions has no attendance marked present."""
    required = [block for block in live_blocks(lesson) if block.required]
    if not required:
        return
    attended = set(
        LiveAttendance.objects.filter(
            enrolment=enrolment, present=True, session__lesson_key=lesson.translation_key
        ).values_list("session__block_id", flat=True)
    )
    missing = [block for block in required if block.block_id not in attended]
    if missing:
        raise LearningError(
            _(
                "Attend the lesson's live session first (%(topic)s): the lesson can be done "
                "once the facilitator has marked you present."
            )
            % {"topic": missing[0].topic}
        )


class Mark(NamedTuple):
    """The facilitator's mark for one row: ``present`` None leaves it unmarked."""

    present: bool | None
    minutes: int | None


def register_rows(session):
    """The session's register, in one query for any number of learners."""
    return list(
        session.attendances.select_related("enrolment__user").order_by(
            "enrolment__user__last_name", "enrolment__user__first_name", "pk"
        )
    )


@transaction.atomic
def mark_register(session_id, marks, by, now=None):
    """Save the facilitator's marks (``{attendance id: Mark}``) in one
    transaction: all or none. A present learner's minutes default to the
    session's; an absent one has none. Saving the register of a session
    that has started makes it "held". Returns the number of rows changed."""
    now = now or timezone.now()
    session = LiveSession.objects.select_for_update().get(pk=session_id)
    if session.is_cancelled:
        raise LearningError(_("This session has been cancelled."))
    if now < session.starts_at:
        raise LearningError(_("The register can be marked once the session has started."))
    rows = list(
        session.attendances.select_for_update(of=("self",))
        .select_related("enrolment__user")
        .filter(pk__in=list(marks))
    )
    changed = []
    for row in rows:
        mark = marks[row.pk]
        if mark.present is None:
            continue
        minutes = 0
        if mark.present:
            minutes = session.minutes if mark.minutes is None else mark.minutes
            if not 1 <= minutes <= session.minutes:
                raise LearningError(
                    _("%(name)s: minutes attended must be between 1 and %(minutes)s.")
                    % {"name": row.enrolment.user.get_full_name(), "minutes": session.minutes}
                )
        if (row.present, row.minutes) != (mark.present, minutes):
            row.present, row.minutes, row.marked_by, row.marked_at = mark.present, minutes, by, now
            changed.append(row)
    LiveAttendance.objects.bulk_update(changed, ["present", "minutes", "marked_by", "marked_at"])
    if session.status != LiveSession.Status.HELD:
        session.status = LiveSession.Status.HELD
        session.save(update_fields=["status"])
    return len(changed)
