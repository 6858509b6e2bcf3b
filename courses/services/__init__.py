"""The rules of learning, as small functions the views call.

Every write that decides something (enrolment, lesson completion, a test
attempt) happens here, inside a transaction and with the enrolment row
locked, so concurrent requests cannot both count. One module per part:

- ``enrolment``: who may enrol, the enrolment itself;
- ``presence``: the lesson page's state, heartbeats, attention checks;
- ``lessons``: completing a lesson, reflection answers;
- ``practical``: practical tasks submitted, checked and reviewed;
- ``attempts``: test attempts;
- ``pace``: the daily allowance and the ledger of credited hours;
- ``editions``: moving learners to the current edition of a course;
- ``video``: the stretches of lesson videos played, and the rule that they be watched;
- ``live``: live sessions of lessons: registration, the join link, the
  facilitator's register, and the rule that required ones be attended.
"""

from ..outline import get_outline
from .attempts import attempts_of, start_attempt, submit_attempt
from .editions import move_to_current
from .enrolment import (
    LearningError,
    can_enrol,
    enroll,
    enrolment_course,
    enrolment_for,
    open_courses,
    refusal_for,
)
from .lessons import complete_lesson, save_reflection
from .live import (
    Mark,
    attendance_of,
    cancel,
    join,
    join_open,
    lesson_for,
    lesson_live_state,
    mark_register,
    register,
    register_rows,
)
from .pace import allowance, ledger_allowance
from .practical import review_queue, review_task, submissions_of, submit_task
from .presence import (
    HEARTBEAT_CAP_SECONDS,
    Beat,
    answer_attention_check,
    lesson_state,
    open_lesson,
    record_heartbeat,
)
from .video import lesson_of, record_playback, watched

__all__ = [
    "Mark",
    "HEARTBEAT_CAP_SECONDS",
    "Beat",
    "LearningError",
    "allowance",
    "answer_attention_check",
    "attempts_of",
    "attendance_of",
    "cancel",
    "can_enrol",
    "complete_lesson",
    "enroll",
    "enrolment_course",
    "enrolment_for",
    "get_outline",
    "join",
    "join_open",
    "lesson_for",
    "lesson_live_state",
    "ledger_allowance",
    "lesson_of",
    "mark_register",
    "lesson_state",
    "move_to_current",
    "open_courses",
    "open_lesson",
    "record_heartbeat",
    "refusal_for",
    "register",
    "register_rows",
    "record_playback",
    "review_queue",
    "review_task",
    "save_reflection",
    "start_attempt",
    "submissions_of",
    "submit_attempt",
    "watched",
    "submit_task",
]
