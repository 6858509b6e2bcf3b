"""The course tree: home, course, module, lesson and test pages as Wagtail
pages (live, no revisions: what learners see), questions as the test's raw
stream blocks, and enrolments.

``course_tree`` builds a whole course from the plain data the demo uses
(``tests.course_fixtures.tiny_course``), with the same block ids as
``courses.builder`` gives, so a test can still translate it from that data.
"""

import uuid
from datetime import timedelta
from decimal import Decimal

import factory
import wagtail_factories
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from content.models import HomePage
from courses.builder import lesson_body, questions
from courses.editions import current_edition
from courses.models import (
    AssessmentPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LiveSession,
    ModulePage,
)

from .people import UserFactory


def _block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def single_choice(text, options, correct=0, explanation=""):
    """A one-answer question; ``options`` are texts, ``correct`` the index."""
    return _block(
        "single",
        {
            "text": f"<p>{text}</p>",
            "explanation": f"<p>{explanation}</p>" if explanation else "",
            "options": [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {"text": t, "correct": n == correct},
                }
                for n, t in enumerate(options)
            ],
        },
    )


def true_false(text, answer, explanation=""):
    return _block(
        "true_false",
        {
            "text": f"<p>{text}</p>",
            "explanation": f"<p>{explanation}</p>" if explanation else "",
            "answer": answer,
        },
    )


def matching(text, pairs):
    """``pairs``: (left, right) texts in their matching order."""
    return _block(
        "matching",
        {
            "text": f"<p>{text}</p>",
            "explanation": "",
            "pairs": [
                {"type": "item", "id": str(uuid.uuid4()), "value": {"left": left, "right": right}}
                for left, right in pairs
            ],
        },
    )


def video_file(document, duration=100, caption="", captions=(), required=True, transcript=""):
    """A lesson video block: ``document`` the video, ``captions`` (language,
    document) pairs of WebVTT files; ``duration`` in seconds (None: a block
    stored before videos had one)."""
    value = {
        "video": document.pk,
        "caption": caption,
        "transcript": transcript,
        "captions": [
            {"type": "item", "id": str(uuid.uuid4()), "value": {"language": code, "file": doc.pk}}
            for code, doc in captions
        ],
        "required": required,
    }
    if duration is not None:
        value["duration"] = duration
    return _block("video_file", value)


def live_session(topic="Тренермен кездесу", minutes=90, required=True):
    """A lesson's live session block: what it is about, its length, whether
    attending is required to complete the lesson."""
    return _block("live_session", {"topic": topic, "minutes": minutes, "required": required})


class LiveSessionFactory(factory.django.DjangoModelFactory):
    """A date of a live session block: ``lesson`` (a LessonPage) and
    ``block_id`` are required; starts tomorrow by default."""

    class Meta:
        model = LiveSession
        exclude = ["lesson"]

    lesson = None
    lesson_key = factory.LazyAttribute(lambda session: session.lesson.translation_key)
    block_id = ""
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=1))
    minutes = 90
    language = "kk"
    meeting_url = "https://meet.example.kz/live-1"
    capacity = 30


class HomePageFactory(wagtail_factories.PageFactory):
    """The Kazakh home page under Wagtail's root, made the default site's root."""

    class Meta:
        model = HomePage
        skip_postgeneration_save = True

    title = "Басты бет"
    slug = "home-kk"
    parent = factory.LazyFunction(Page.get_first_root_node)
    locale = factory.LazyFunction(lambda: Locale.objects.get_or_create(language_code="kk")[0])

    @factory.post_generation
    def site(self, create, extracted, **kwargs):
        if not create:
            return
        cache.clear()
        for code in ("ru", "en"):
            Locale.objects.get_or_create(language_code=code)
        Site.objects.filter(is_default_site=True).update(root_page=self)


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Курс {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    intro = "Кіріспе"
    declared_hours = Decimal("4")
    sequential = True
    show_in_menus = True


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Модуль {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Сабақ {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    hours = Decimal("2")
    min_active_minutes = 1
    body = factory.LazyFunction(lambda: [_block("paragraph", "<p>Мәтін</p>")])


class AssessmentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AssessmentPage

    title = factory.Sequence(lambda n: f"Тест {n}")
    slug = factory.Sequence(lambda n: f"test-{n}")
    pass_mark = 70
    attempt_limit = 3
    questions = factory.LazyFunction(
        lambda: [
            single_choice("111 деген не?", ["Сенім телефоны", "Такси"], explanation="Ұлттық желі."),
            true_false("Буллинг — қалыпты.", False),
        ]
    )


class EnrolmentFactory(factory.django.DjangoModelFactory):
    """``course`` is required: the course page the user enrolled in."""

    class Meta:
        model = Enrolment

    user = factory.SubFactory(UserFactory)
    course = None
    course_key = factory.LazyAttribute(lambda enrolment: enrolment.course.translation_key)
    # As ``courses.services.enroll`` pins it: the course as it is now.
    edition = factory.LazyAttribute(lambda enrolment: current_edition(enrolment.course))


def _test(parent, data, scope, slug):
    return AssessmentPageFactory(
        parent=parent,
        slug=slug,
        title=data["title"]["kk"],
        pass_mark=data.get("pass_mark", 70),
        attempt_limit=data.get("attempt_limit", 3),
        time_limit_minutes=data.get("time_limit_minutes"),
        draw_count=data.get("draw_count", 0),
        shuffle_options=data.get("shuffle_options", True),
        hours=data.get("hours", 0),
        questions=questions(data, "kk", scope),
    )


def course_tree(parent, data):
    """The Kazakh course of ``data`` under ``parent``, page by page."""
    slug = data["slug"]
    course = CoursePageFactory(
        parent=parent,
        slug=slug,
        title=data["title"]["kk"],
        intro=data.get("intro", {}).get("kk", ""),
        declared_hours=data.get("declared_hours", 80),
        sequential=data.get("sequential", True),
    )
    for module_data in data["modules"]:
        module = ModulePageFactory(
            parent=course, slug=module_data["slug"], title=module_data["title"]["kk"]
        )
        for lesson in module_data["lessons"]:
            LessonPageFactory(
                parent=module,
                slug=lesson["slug"],
                title=lesson["title"]["kk"],
                hours=lesson["hours"],
                min_active_minutes=lesson.get("min_active_minutes", 10),
                required=lesson.get("required", True),
                body=lesson_body(
                    lesson.get("body", []), "kk", f"{slug}/{module.slug}/{lesson['slug']}"
                ),
            )
        if module_data.get("test"):
            scope = f"{slug}/{module.slug}/test"
            _test(module, module_data["test"], scope, f"{module.slug}-test")
    if data.get("final_test"):
        _test(course, data["final_test"], f"{slug}/final", "final-test")
    return course
