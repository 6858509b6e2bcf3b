"""The hours policy of a course: what stands behind its academic hours.

A certificate says "80 academic hours". The course's policy (fields of
``CoursePage``, edited by methodologists) says how long an academic hour is
(45 minutes by default), what share of the declared time must be evidenced
(50 % by default) and what counts as evidence:

- active study time on lessons: each lesson's required active minutes, which
  the server counts from heartbeats and attention checks (``services``);
- tests: each test's time limit, or one minute per question asked where it
  has none;
- video watched: the part of each required lesson video that the server
  must see played before the lesson can be done (90 % of its duration,
  ``courses.services.video``);
- practical tasks: each task's expected minutes (a lesson is done only once
  its tasks are accepted, by a reviewer or the automatic check);
- live sessions attended: the minutes of each live session a lesson
  requires, which the lesson cannot be done without the facilitator marking
  the learner present at (``courses.services.live``).

A lesson evidences the larger of its required active minutes and its videos'
minutes, not their sum: a video is watched on the lesson page, where the same
minutes are active study time too, and a minute is evidenced once. Its
practical tasks' and live sessions' minutes are added to that: a task is
prepared off the page (a lesson observed, a plan written) and only its answer
is typed there; a webinar happens in the meeting's own window.

A course's evidence is the sum over its live lessons and tests (of the
kinds the policy counts). It must reach ``declared hours × hour length ×
share``: the demo course declares 80 hours of 45 minutes, so at least 1,800
of its 3,600 minutes. Publishing refuses a course page below that
(``courses.wagtail_hooks``); the editor shows credited hours beside evidenced
minutes per module and for the course (``courses/admin/hours_panel.html``).
"""

import math
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext
from wagtail.models import Page, Revision

from .models import AssessmentPage, CoursePage, LessonPage, ModulePage
from .services.live import required_minutes as live_minutes
from .services.practical import task_minutes
from .services.video import required_seconds


def test_minutes(test):
    """A test's evidence: its time limit, else one minute per question asked."""
    if test.time_limit_minutes:
        return test.time_limit_minutes
    asked = len(test.questions)
    return min(test.draw_count, asked) if test.draw_count else asked


def video_minutes(lesson):
    """A lesson's video evidence: the whole minutes its required videos must
    have played (90 % of a 10-minute video: 9)."""
    return int(required_seconds(lesson) // 60)


def item_minutes(course, page):
    """The evidenced minutes ``page`` adds to ``course`` under its policy."""
    if isinstance(page, LessonPage):
        study = page.min_active_minutes if course.evidence_study_time else 0
        on_page = max(study, video_minutes(page) if course.evidence_video else 0)
        return (
            on_page
            + (task_minutes(page) if course.evidence_tasks else 0)
            + (live_minutes(page) if course.evidence_live else 0)
        )
    if isinstance(page, AssessmentPage):
        return test_minutes(page) if course.evidence_tests else 0
    return 0


@dataclass
class Part:
    """A module (or the course's own tests): hours credited, minutes evidenced."""

    title: str
    hours: Decimal = Decimal("0")
    minutes: int = 0


@dataclass
class Evidence:
    declared_hours: Decimal
    hour_minutes: int
    percent: int
    hours: Decimal = Decimal("0")
    minutes: int = 0
    parts: list = field(default_factory=list)

    @property
    def declared_minutes(self):
        return int(self.declared_hours * self.hour_minutes)

    @property
    def required_minutes(self):
        """The least evidence the policy accepts, in whole minutes (rounded up,
        from the exact declared time: 2.5 hours of 45 minutes are 112.5)."""
        return math.ceil(self.declared_hours * self.hour_minutes * self.percent / 100)

    @property
    def enough(self):
        return self.minutes >= self.required_minutes

    @property
    def share(self):
        """Evidenced minutes as a whole percentage of the declared time."""
        if not self.declared_minutes:
            return 0
        return self.minutes * 100 // self.declared_minutes


def scheduled_versions(course):
    """``{page id: page}``: the course page and its pages as their revisions
    scheduled to go live (Wagtail's ``approved_go_live_at``) will make them."""
    ids = [
        str(pk)
        for pk in Page.objects.descendant_of(course, inclusive=True).values_list("pk", flat=True)
    ]
    revisions = Revision.page_revisions.filter(
        object_id__in=ids, approved_go_live_at__isnull=False
    ).order_by("created_at")
    return {int(revision.object_id): revision.as_object() for revision in revisions}


def evidence(course, replacing=None, scheduled=None):
    """The course's credited hours and evidenced minutes, per module and in
    all, from its live lessons and tests; ``replacing``, an edited page of
    the course (unsaved values), counts instead of its live version, and the
    course's own fields are taken from it when it is the course page.
    ``scheduled`` (from ``scheduled_versions``): the course once those
    scheduled publications have gone live too."""
    scheduled = dict(scheduled or {})
    if replacing is not None:
        scheduled.pop(replacing.pk, None)
    course = scheduled.pop(course.pk, course)
    policy = replacing if isinstance(replacing, CoursePage) else course
    result = Evidence(
        declared_hours=policy.declared_hours,
        hour_minutes=policy.academic_hour_minutes,
        percent=policy.evidence_percent,
    )
    pages = list(
        Page.objects.live()
        .descendant_of(course)
        .type(ModulePage, LessonPage, AssessmentPage)
        .order_by("path")
        .specific()
    )
    later = [
        page
        for page in scheduled.values()
        if isinstance(page, ModulePage | LessonPage | AssessmentPage)
    ]
    if isinstance(replacing, LessonPage | AssessmentPage):
        # Saved as a draft already (Wagtail publishes what it has saved): in the tree.
        later.append(replacing)
    if later:
        replaced = {page.pk for page in later}
        pages = [page for page in pages if page.pk not in replaced] + later
        pages.sort(key=lambda page: page.path)
    parts = {}
    own = Part(title=gettext("Tests of the whole course"))
    for page in pages:
        if isinstance(page, ModulePage):
            parts[page.path] = Part(title=page.title)
            result.parts.append(parts[page.path])
            continue
        part = parts.get(page.path[: -Page.steplen], own)
        minutes = item_minutes(policy, page)
        part.hours += page.hours or Decimal("0")
        part.minutes += minutes
        result.hours += page.hours or Decimal("0")
        result.minutes += minutes
    if own.hours or own.minutes:
        result.parts.append(own)
    return result
