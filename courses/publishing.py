"""Hours that add up: what a publication would make of a course's hours.

A course states its academic hours (``declared_hours``) on every certificate,
and it is complete when the hours of the lessons and tests done reach them
(``courses.outline``). Publishing must never let the live lessons and tests
add up to more than the course declares (a new 2.5-hour lesson silently
turning an 80-hour course into 82.5), and a course page cannot be published
declaring fewer hours than its live lessons and tests hold. Below the declared
hours a publication goes through with a warning: a course is built (or
extended) one page at a time, and until its pages add up nobody can complete it.
"""

from decimal import Decimal

from .models import AssessmentPage, CoursePage, LessonPage


def course_of(page):
    if isinstance(page, CoursePage):
        return page
    found = CoursePage.objects.ancestor_of(page).first()
    return found.specific if found else None


def hours_after_publishing(page):
    """``(course, total, declared)`` once ``page`` (its edited, unsaved or
    draft values) is published, or None if the page is in no course."""
    course = course_of(page)
    if course is None:
        return None
    declared = page.declared_hours if isinstance(page, CoursePage) else course.declared_hours
    total = Decimal("0")
    for model in (LessonPage, AssessmentPage):
        pages = model.objects.live().descendant_of(course).exclude(pk=page.pk)
        total += sum((item.hours for item in pages.only("hours")), Decimal("0"))
    if isinstance(page, LessonPage | AssessmentPage):
        total += page.hours or Decimal("0")
    return course, total, declared
