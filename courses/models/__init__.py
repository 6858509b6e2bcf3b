"""Models of the teacher course, split by meaning.

``pages``: what methodologists author in Wagtail (course → module → lesson,
tests). ``learning``: what the platform records about each learner
(enrolments, lesson progress, reflections, test attempts) as plain Django
models, written by ``courses.services``; ``video``: the stretches of each
lesson video a learner has played (``courses.services.video``).
"""

from .learning import Attempt, Enrolment, HoursCredit, LessonProgress, ReflectionAnswer
from .pages import AssessmentPage, CoursePage, LessonPage, ModulePage
from .video import VideoProgress

__all__ = [
    "AssessmentPage",
    "Attempt",
    "CoursePage",
    "Enrolment",
    "HoursCredit",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "ReflectionAnswer",
    "VideoProgress",
]
