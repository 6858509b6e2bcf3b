"""Models of the teacher course, split by meaning.

``pages``: what methodologists author in Wagtail (course → module → lesson,
tests). ``learning``: what the platform records about each learner
(enrolments, lesson progress, reflections, test attempts) as plain Django
models, written by ``courses.services``. ``editions``: the course as each
learner enrolled in it. ``moderation``: the approval task that applies the
hours rule when a moderator publishes. ``video``: the stretches of each
lesson video a learner has played (``courses.services.video``). ``practical``:
answers to practical tasks and their review. ``live``: the dates of lessons'
live sessions and who attended (``courses.services.live``).
"""

from .editions import CourseEdition, EditionMove
from .learning import Attempt, Enrolment, HoursCredit, LessonProgress, ReflectionAnswer
from .live import LiveAttendance, LiveSession
from .moderation import HoursApprovalTask
from .pages import AssessmentPage, CoursePage, LessonPage, ModulePage
from .practical import PracticalSubmission
from .video import VideoProgress

__all__ = [
    "AssessmentPage",
    "Attempt",
    "CourseEdition",
    "CoursePage",
    "EditionMove",
    "Enrolment",
    "HoursApprovalTask",
    "HoursCredit",
    "LessonPage",
    "LessonProgress",
    "LiveAttendance",
    "LiveSession",
    "ModulePage",
    "PracticalSubmission",
    "ReflectionAnswer",
    "VideoProgress",
]
