"""Demo course: the 80-hour teacher course in Kazakh, translated into Russian
and English, and a demo teacher part-way through it.

Idempotent: the course is found by slug under the Kazakh home page.
"""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from content.models import HomePage

from . import services
from .builder import build_course, translate_course
from .demo_content import COURSE
from .models import AssessmentPage, CoursePage, LessonPage, LessonProgress


def seed(stdout):
    home = HomePage.objects.filter(locale__language_code="kk").first()
    course = CoursePage.objects.child_of(home).filter(slug=COURSE["slug"]).first()
    if course is None:
        course = build_course(home, COURSE)
    for code in ("ru", "en"):
        locale = Locale.objects.get(language_code=code)
        if not course.get_translations().filter(locale=locale).exists():
            translate_course(course, COURSE, locale)
    stdout.write(f"Course: {course.title} ({len(COURSE['modules'])} modules, 80 hours, kk/ru/en).")
    return course


def seed_learners(stdout, teacher):
    """Enrol the demo teacher and finish the first module for them."""
    course = CoursePage.objects.filter(slug=COURSE["slug"], locale__language_code="kk").first()
    if course is None or services.enrolment_for(teacher, course):
        return
    enrolment = services.enroll(teacher, course)
    module = course.get_children().first()
    start = timezone.now() - timedelta(days=3)
    for lesson in LessonPage.objects.child_of(module).order_by("path"):
        progress = services.open_lesson(enrolment, lesson, now=start)
        LessonProgress.objects.filter(pk=progress.pk).update(
            active_seconds=lesson.min_active_minutes * 60 + 120,
            beats=lesson.min_active_minutes * 4 + 8,
            last_beat_at=start + timedelta(minutes=lesson.min_active_minutes + 2),
        )
        services.complete_lesson(enrolment, lesson)
        start += timedelta(hours=2)
    test = AssessmentPage.objects.child_of(module).first()
    attempt = services.start_attempt(enrolment, test)
    services.submit_attempt(enrolment, attempt.pk, _right_answers(test, attempt))
    stdout.write(f"Learning: {teacher.email} has finished the first module.")


def _right_answers(test, attempt):
    from .scoring import questions_by_id

    blocks = questions_by_id(test)
    answers = {}
    for entry in attempt.questions:
        block = blocks[entry["id"]]
        if block.block_type in {"single", "multiple"}:
            right = [c.id for c in block.value["options"].bound_blocks if c.value["correct"]]
            answers[entry["id"]] = right[0] if block.block_type == "single" else right
        elif block.block_type == "true_false":
            answers[entry["id"]] = "true" if block.value["answer"] else "false"
        else:
            answers[entry["id"]] = {pair: pair for pair in entry["options"]}
    return answers
