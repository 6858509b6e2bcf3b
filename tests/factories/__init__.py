"""Factories (factory_boy, wagtail_factories) for what tests need: people
and places, the course tree, Parents' Academy sessions and registrations,
certificates. A test asks for the pieces it reads instead of depending on
the demo's shape."""

from .academy import (
    AttendanceFactory,
    ProgrammePageFactory,
    RegistrationFactory,
    SessionFactory,
    TopicPageFactory,
)
from .certificates import CertificateFactory, CertificateTemplateFactory
from .courses import (
    AssessmentPageFactory,
    CoursePageFactory,
    EnrolmentFactory,
    HomePageFactory,
    LessonPageFactory,
    LiveSessionFactory,
    ModulePageFactory,
    course_tree,
    live_session,
    matching,
    single_choice,
    true_false,
    video_file,
)
from .people import DistrictFactory, SchoolFactory, UserFactory

__all__ = [
    "AssessmentPageFactory",
    "AttendanceFactory",
    "CertificateFactory",
    "CertificateTemplateFactory",
    "CoursePageFactory",
    "DistrictFactory",
    "EnrolmentFactory",
    "HomePageFactory",
    "LessonPageFactory",
    "LiveSessionFactory",
    "ModulePageFactory",
    "ProgrammePageFactory",
    "RegistrationFactory",
    "SchoolFactory",
    "SessionFactory",
    "TopicPageFactory",
    "UserFactory",
    "course_tree",
    "live_session",
    "matching",
    "single_choice",
    "true_false",
    "video_file",
]
