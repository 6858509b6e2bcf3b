"""Demo course: the 80-hour teacher course in Kazakh, translated into Russian
and English, and a demo teacher part-way through it.

Idempotent: the course is found by slug under the Kazakh home page.
"""

from datetime import datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from content.models import HomePage

from . import services
from .builder import build_course, translate_course
from .demo_content import COURSE
from .models import (
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    LiveSession,
    VideoProgress,
)
from .outline import get_outline
from .scoring import answer_key
from .services.live import Mark, live_blocks, mark_register
from .services.practical import tasks_of
from .services.video import videos_of


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


def seed_learners(stdout, teacher, graduate=None, reviewer=None):
    """The demo teacher has finished the first module over the last days; the
    graduate completed the course over two to three weeks ending a few days
    ago, never beyond the daily limit. Their practical tasks are answered, and
    those a reviewer checks accepted by ``reviewer``."""
    course = CoursePage.objects.filter(slug=COURSE["slug"], locale__language_code="kk").first()
    if course is None:
        return
    today = timezone.localdate()
    seed_live_dates(course, reviewer, today)
    if not services.enrolment_for(teacher, course):
        module = course.get_children().first()
        study(
            services.enroll(teacher, course),
            course,
            within=module,
            last_day=today - timedelta(days=1),
            reviewer=reviewer,
        )
        stdout.write(f"Learning: {teacher.email} has finished the first module.")
    if graduate is not None and not services.enrolment_for(graduate, course):
        enrolment = services.enroll(graduate, course)
        study(enrolment, course, last_day=today - timedelta(days=3), reviewer=reviewer)
        stdout.write(f"Learning: {graduate.email} has completed the course.")


# A day of study in the demo: at most this many academic hours (and never
# more than the course's daily limit), from 9:00, and a day of rest after six
# days of study; the 80-hour demo course (2.5-hour lessons) then takes 16 days of
# study over 18 calendar days, as a two-week course with
# its weekends does.
DEMO_HOURS_PER_DAY = Decimal("6")
DEMO_DAY_STARTS = time(9, 0)


def study(enrolment, course, within=None, last_day=None, reviewer=None):
    """Do every lesson and test of the course (or of one module), in order,
    with believable evidence of active time, over past days that end on
    ``last_day`` (default: yesterday, Asia/Almaty): each day at most the
    daily limit, lessons and tests dated when they were done."""
    outline = get_outline(course)
    pages = {page.pk: page.specific for page in course.get_descendants()}
    items = [
        item
        for item in outline.items
        if within is None or pages[item.page_id].path.startswith(within.path)
    ]
    days = _plan(items, outline.daily_hours_cap)
    last_day = last_day or timezone.localdate() - timedelta(days=1)
    first_day = last_day - timedelta(days=days[-1][0] if days else 0)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        enrolled_at=_at(first_day, DEMO_DAY_STARTS) - timedelta(minutes=30)
    )
    for offset, day_items in days:
        moment = _at(first_day + timedelta(days=offset), DEMO_DAY_STARTS)
        for item in day_items:
            page = pages[item.page_id]
            if item.kind == "lesson":
                progress = services.open_lesson(enrolment, page, now=moment)
                minutes = page.min_active_minutes + 2
                moment += timedelta(minutes=minutes)
                LessonProgress.objects.filter(pk=progress.pk).update(
                    started_at=moment - timedelta(minutes=minutes),
                    active_seconds=minutes * 60,
                    beats=minutes * 4,
                    last_beat_at=moment,
                )
                _watched_in_full(progress, page, moment)
                _tasks_answered(enrolment, page, moment, reviewer)
                _attended_live(enrolment, page, moment, reviewer)
                services.complete_lesson(enrolment, page, now=moment)
            else:
                attempt = services.start_attempt(enrolment, page, now=moment)
                moment += timedelta(minutes=12)
                services.submit_attempt(
                    enrolment, attempt.pk, answer_key(page, attempt.questions), now=moment
                )
            moment += timedelta(minutes=10)  # a break


def _watched_in_full(progress, lesson, moment):
    """The demo learner played each of the lesson's videos to the end."""
    for video in videos_of(lesson):
        VideoProgress.objects.update_or_create(
            progress=progress,
            block_id=video.block_id,
            defaults={
                "watched": [[0, video.duration]],
                "watched_seconds": video.duration,
                "reported_at": moment,
            },
        )


def _tasks_answered(enrolment, lesson, moment, reviewer):
    """The demo learner answered each of the lesson's practical tasks in her
    own words (the automatic check refuses another learner's text); a
    reviewer accepted those that need one."""
    name = enrolment.user.get_full_name()
    for number, block in tasks_of(lesson):
        words = max(block.value["min_words"] or 1, 30)
        text = " ".join(
            [f"{name}: «{lesson.title}», {number}-тапсырма бойынша жауап."]
            + ["Сыныптағы жағдайды бақылап, жоспар құрдым."] * (words // 5 + 1)
        )
        submission = services.submit_task(enrolment, lesson, block.id, text, now=moment)
        if submission.status == submission.Status.SUBMITTED:
            services.review_task(
                submission.pk, reviewer, accept=True, now=moment + timedelta(minutes=5)
            )


# The demo's webinars: 15:00 in Almaty, through a placeholder meeting link.
LIVE_STARTS = time(15, 0)
LIVE_URL = "https://meet.example.kz/bilim-webinar"


def _live_session(lesson, block, day, language, facilitator):
    session, _created = LiveSession.objects.get_or_create(
        lesson_key=lesson.translation_key,
        block_id=block.block_id,
        starts_at=_at(day, LIVE_STARTS),
        language=language,
        defaults={
            "minutes": block.minutes,
            "meeting_url": LIVE_URL,
            "facilitator": facilitator,
            "created_by": facilitator,
            "capacity": 50,
        },
    )
    return session


def _attended_live(enrolment, lesson, moment, facilitator):
    """The demo learner attended each of the lesson's live sessions the
    afternoon before, and the facilitator marked her present."""
    for block in live_blocks(lesson):
        day = timezone.localdate(moment) - timedelta(days=1)
        session = _live_session(lesson, block, day, "kk", facilitator)
        seat = services.register(
            enrolment, lesson, session.pk, now=session.starts_at - timedelta(days=1)
        )
        mark_register(session.pk, {seat.pk: Mark(True, None)}, facilitator, now=session.ends_at)


def seed_live_dates(course, facilitator, today=None):
    """Dates ahead for every live session of the course: in three days in
    Kazakh, in five days in Russian."""
    today = today or timezone.localdate()
    for lesson in LessonPage.objects.live().descendant_of(course):
        for block in live_blocks(lesson):
            for offset, language in ((3, "kk"), (5, "ru")):
                _live_session(lesson, block, today + timedelta(days=offset), language, facilitator)


def _plan(items, cap):
    """``[(day offset, items)]``: the items in order, each day at most
    ``DEMO_HOURS_PER_DAY`` (and the cap), every seventh day a day of rest."""
    per_day = min(DEMO_HOURS_PER_DAY, cap) if cap else DEMO_HOURS_PER_DAY
    days, offset, hours = [], 0, Decimal("0")
    for item in items:
        if days and days[-1][0] == offset and hours and hours + item.hours > per_day:
            offset += 2 if offset % 7 == 5 else 1
            hours = Decimal("0")
        if not days or days[-1][0] != offset:
            days.append((offset, []))
        days[-1][1].append(item)
        hours += item.hours
    return days


def _at(day, moment):
    return timezone.make_aware(datetime.combine(day, moment))
