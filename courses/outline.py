"""The outline of a course: its modules, lessons and tests in order, with
hours and rules, read in three queries and cached until a page changes.

Everything a learner-facing page needs to draw the course (progress bars,
what is unlocked, "continue" links) comes from the outline and the
enrolment's ``done`` keys, so those pages cost the same number of queries
for a course of 5 lessons or 500.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache
from wagtail.models import Page

CACHE_SECONDS = 3600
VERSION_KEY = "courses:outline-version"


@dataclass(frozen=True)
class Item:
    key: str  # translation_key, the same in every language
    page_id: int
    kind: str  # "lesson" or "test"
    title: str
    url: str
    module_key: str | None
    hours: Decimal
    required: bool
    min_active_seconds: int = 0


@dataclass
class Module:
    key: str
    title: str
    items: list = field(default_factory=list)

    @property
    def hours(self):
        return sum((item.hours for item in self.items), Decimal("0"))


@dataclass
class Outline:
    course_id: int
    course_key: str
    title: str
    url: str
    declared_hours: Decimal
    sequential: bool
    modules: list
    items: list  # in study order: each module's lessons and test, then the final test

    @property
    def total_hours(self):
        return sum((item.hours for item in self.items), Decimal("0"))

    @property
    def required_keys(self):
        return [item.key for item in self.items if item.required]

    def item(self, key):
        return next((item for item in self.items if item.key == key), None)

    def unlocked(self, key, done):
        """An item opens when every required item before it is done (if sequential)."""
        if not self.sequential:
            return True
        done = set(done)
        for item in self.items:
            if item.key == key:
                return True
            if item.required and item.key not in done:
                return False
        return False

    def next_item(self, done):
        done = set(done)
        return next((item for item in self.items if item.key not in done), None)

    def hours_done(self, done):
        done = set(done)
        return sum((item.hours for item in self.items if item.key in done), Decimal("0"))

    def is_complete(self, done):
        done = set(done)
        return (
            all(key in done for key in self.required_keys)
            and self.hours_done(done) >= self.declared_hours
        )


def invalidate():
    """Called when any course page changes: every cached outline goes stale."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def get_outline(course, request=None):
    version = cache.get_or_set(VERSION_KEY, 1, None)
    key = f"courses:outline:{course.pk}:{version}"
    outline = cache.get(key)
    if outline is None:
        outline = build_outline(course, request)
        cache.set(key, outline, CACHE_SECONDS)
    return outline


def build_outline(course, request=None):
    from courses.models import AssessmentPage, LessonPage, ModulePage

    pages = list(Page.objects.descendant_of(course).live().order_by("path").specific(defer=False))
    modules, items, by_module = [], [], {}
    for page in pages:
        if isinstance(page, ModulePage):
            module = Module(key=str(page.translation_key), title=page.title)
            modules.append(module)
            by_module[page.path] = module
        elif isinstance(page, LessonPage | AssessmentPage):
            module = by_module.get(page.path[: -Page.steplen])
            item = Item(
                key=str(page.translation_key),
                page_id=page.pk,
                kind="lesson" if isinstance(page, LessonPage) else "test",
                title=page.title,
                url=page.get_url(request),
                module_key=module.key if module else None,
                hours=page.hours,
                required=page.required,
                min_active_seconds=getattr(page, "min_active_minutes", 0) * 60,
            )
            if module:
                module.items.append(item)
    # Study order: modules in tree order with their items, then course-level tests.
    for module in modules:
        items.extend(module.items)
    for page in pages:
        if isinstance(page, AssessmentPage) and page.path[: -Page.steplen] == course.path:
            items.append(
                Item(
                    key=str(page.translation_key),
                    page_id=page.pk,
                    kind="test",
                    title=page.title,
                    url=page.get_url(request),
                    module_key=None,
                    hours=page.hours,
                    required=page.required,
                )
            )
    return Outline(
        course_id=course.pk,
        course_key=str(course.translation_key),
        title=course.title,
        url=course.get_url(request),
        declared_hours=course.declared_hours,
        sequential=course.sequential,
        modules=modules,
        items=items,
    )
