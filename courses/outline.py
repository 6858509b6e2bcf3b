"""The outline of a course: its modules, lessons and tests in order, with
hours and rules, read in three queries and cached until a course page changes
(in the shared cache, and in the memory of each process that has read it: one
cache read per request checks the version).

Everything a learner-facing page needs to draw the course (progress bars,
what is unlocked, "continue" links) comes from the outline and the
enrolment's ``done`` keys, so those pages cost the same number of queries
for a course of 5 lessons or 500.
"""

import copy
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language
from wagtail.models import Page

CACHE_SECONDS = 3600
VERSION_KEY = "courses:outline-version"
# Outlines already read by this process, by cache key (which names the version).
_LOCAL = {}
_LOCAL_MAX = 64
# Lesson and test pages read by this process, by (outline version, page id).
_PAGES = {}
_PAGES_MAX = 512


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
    # Slugs below the course page ("module", "lesson"): how the URL routes to it.
    route: tuple = ()


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
    version: str = ""  # of the course tree this outline was read from
    # Academic hours credited per calendar day at most (0: no limit).
    daily_hours_cap: Decimal = Decimal("0")
    # A learner's outline (``courses.editions``): the edition's number, and
    # the live lessons and tests that are not part of it.
    edition: int = 0
    not_in_edition: frozenset = frozenset()

    @property
    def item_keys(self):
        return [item.key for item in self.items]

    @property
    def total_hours(self):
        return sum((item.hours for item in self.items), Decimal("0"))

    @property
    def required_keys(self):
        return [item.key for item in self.items if item.required]

    def item(self, key):
        return next((item for item in self.items if item.key == key), None)

    def item_at(self, path_components):
        """The lesson or test that the URL path below the course leads to."""
        route = tuple(path_components)
        return next((item for item in self.items if item.route == route), None)

    def unlocked(self, key, done):
        """An item opens when every required item before it is done (if
        sequential). What the learner has done stays open, whatever is
        published before it later."""
        done = set(done)
        if not self.sequential or key in done:
            return True
        for item in self.items:
            if item.key == key:
                return True
            if item.required and item.key not in done:
                return False
        return False

    def next_item(self, done):
        """The first lesson or test not done yet (of the learner's edition)."""
        done = set(done)
        return next(
            (
                item
                for item in self.items
                if item.key not in done and item.key not in self.not_in_edition
            ),
            None,
        )

    def hours_done(self, done):
        done = set(done)
        return sum((item.hours for item in self.items if item.key in done), Decimal("0"))

    def is_complete(self, done):
        done = set(done)
        return (
            all(key in done for key in self.required_keys)
            and self.hours_done(done) >= self.declared_hours
        )


def _new_version():
    # Never a counter: after the cache is flushed a counter would start again
    # at a value that processes may still hold outlines for.
    return uuid.uuid4().hex


def invalidate():
    """Called when any course page changes: every cached outline goes stale,
    at once and again on commit (so that a request reading the old tree in
    between cannot cache it under the new version)."""
    cache.set(VERSION_KEY, _new_version(), None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, _new_version(), None))


def _version(request):
    """The version of the course trees, read from the cache once per request."""
    version = getattr(request, "_courses_outline_version", None)
    if version is None:
        version = cache.get_or_set(VERSION_KEY, _new_version, None)
        if request is not None:
            request._courses_outline_version = version
    return version


def _remember(key, outline):
    if len(_LOCAL) >= _LOCAL_MAX:
        _LOCAL.clear()
    _LOCAL[key] = outline


def get_outline(course, request=None):
    """The outline of ``course``: the outline itself from memory when this
    process has already read the current version, else from the cache, else
    built (three queries)."""
    memo = getattr(request, "_courses_outlines", None) if request is not None else None
    if memo is not None and course.pk in memo:
        return memo[course.pk]
    version = _version(request)
    key = f"courses:outline:v2:{course.pk}:{version}"
    outline = _LOCAL.get(key)
    if outline is None:
        outline = cache.get(key)
        if outline is None:
            outline = build_outline(course, request)
            cache.set(key, outline, CACHE_SECONDS)
        outline.version = version
        _remember(key, outline)
    if request is not None:
        if memo is None:
            memo = request._courses_outlines = {}
        memo[course.pk] = outline
    return outline


_NOT_LIVE = "not live"


def outlines_for_keys(course_keys, request=None):
    """``{course_key: outline}`` for the courses with these translation keys,
    each in the active language, or in any language it is live in if not
    translated yet; None for a course that is not live at all.

    For "My learning": cached like ``get_outline``, so usually no query.
    """
    from wagtail.models import Locale

    from courses.models import CoursePage

    version = _version(request)
    language = get_language()
    keys = {
        str(course_key): f"courses:outline-for:{course_key}:{language}:{version}"
        for course_key in course_keys
    }
    found = {key: _LOCAL.get(cache_key) for key, cache_key in keys.items()}
    missing = [key for key, outline in found.items() if outline is None]
    if missing:
        shared = cache.get_many([keys[key] for key in missing])
        for key in missing:
            if keys[key] in shared:
                found[key] = shared[keys[key]]
        unread = [key for key in missing if found[key] is None]
        if unread:
            courses = {
                str(course.translation_key): course
                for course in CoursePage.objects.live().filter(
                    translation_key__in=unread, locale=Locale.get_active()
                )
            }
            untranslated = [key for key in unread if key not in courses]
            if untranslated:
                # Not translated into this language yet: show the course as enrolled.
                for course in CoursePage.objects.live().filter(translation_key__in=untranslated):
                    courses.setdefault(str(course.translation_key), course)
            fresh = {}
            for key in unread:
                course = courses.get(key)
                found[key] = get_outline(course, request) if course else _NOT_LIVE
                fresh[keys[key]] = found[key]
            cache.set_many(fresh, CACHE_SECONDS)
        for key in missing:
            if isinstance(found[key], Outline):
                found[key].version = version
            _remember(keys[key], found[key])
    return {
        key: outline if isinstance(outline, Outline) else None for key, outline in found.items()
    }


def page_of(outline, item):
    """The live lesson or test page of an outline item, or None.

    Read once per version of the course tree by each process, like the
    outline itself; every caller gets its own copy of the instance (sharing
    only the immutable field values, such as the parsed body).
    """
    from courses.models import AssessmentPage, LessonPage

    key = (outline.version, item.page_id)
    page = _PAGES.get(key) if outline.version else None
    if page is None:
        model = LessonPage if item.kind == "lesson" else AssessmentPage
        page = model.objects.filter(pk=item.page_id, live=True).first()
        if page is None or not outline.version:
            return page
        if len(_PAGES) >= _PAGES_MAX:
            _PAGES.clear()
        _PAGES[key] = page
    return copy.copy(page)


def build_outline(course, request=None):
    from courses.models import AssessmentPage, LessonPage, ModulePage

    pages = list(Page.objects.descendant_of(course).live().order_by("path").specific(defer=False))
    by_path = {page.path: page for page in pages}

    def route(page):
        # Slugs from the course down to the page, as the URL has them.
        slugs = []
        path = page.path
        while path != course.path and path in by_path:
            slugs.append(by_path[path].slug)
            path = path[: -Page.steplen]
        return tuple(reversed(slugs)) if path == course.path else ()

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
                route=route(page),
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
                    route=route(page),
                )
            )
    return Outline(
        course_id=course.pk,
        course_key=str(course.translation_key),
        title=course.title,
        url=course.get_url(request),
        declared_hours=course.declared_hours,
        sequential=course.sequential,
        daily_hours_cap=course.daily_hours_cap,
        modules=modules,
        items=items,
    )
