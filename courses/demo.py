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
from .models import CoursePage, LessonProgress
from .outline import get_outline
from .scoring import answer_key


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


def seed_learners(stdout, teacher, graduate=None):
    """The demo teacher has finished the first module; the graduate, the course."""
    course = CoursePage.objects.filter(slug=COURSE["slug"], locale__language_code="kk").first()
    if course is None:
        return
    if not services.enrolment_for(teacher, course):
        module = course.get_children().first()
        study(services.enroll(teacher, course), course, within=module)
        stdout.write(f"Learning: {teacher.email} has finished the first module.")
    if graduate is not None and not services.enrolment_for(graduate, course):
        study(services.enroll(graduate, course), course)
        stdout.write(f"Learning: {graduate.email} has completed the course.")


def study(enrolment, course, within=None):
    """Do every lesson and test of the course (or of one module), in order,
    with believable evidence of active time spread over past days."""
    outline = get_outline(course)
    pages = {page.pk: page.specific for page in course.get_descendants()}
    start = timezone.now() - timedelta(days=20)
    for item in outline.items:
        page = pages[item.page_id]
        if within is not None and not page.path.startswith(within.path):
            continue
        if item.kind == "lesson":
            progress = services.open_lesson(enrolment, page, now=start)
            minutes = page.min_active_minutes + 2
            LessonProgress.objects.filter(pk=progress.pk).update(
                active_seconds=minutes * 60,
                beats=minutes * 4,
                last_beat_at=start + timedelta(minutes=minutes),
            )
            services.complete_lesson(enrolment, page)
        else:
            attempt = services.start_attempt(enrolment, page)
            services.submit_attempt(enrolment, attempt.pk, answer_key(page, attempt.questions))
        start += timedelta(hours=9)
