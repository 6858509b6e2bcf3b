"""Hours that add up and evidence behind them: what a publication would
make of a course.

A course states its academic hours (``declared_hours``) on every certificate,
and it is complete when the hours of the lessons and tests done reach them
(``courses.outline``). Publishing must never let the live lessons and tests
add up to more than the course declares (a new 2.5-hour lesson silently
turning an 80-hour course into 82.5), and a course page cannot be published
declaring fewer hours than its live lessons and tests hold, nor with less
evidence than its hours policy asks (``courses.policy``). Below the declared
hours or the evidence a lesson or test publication goes through with a
warning: a course is built (or extended) one page at a time, and until its
pages add up nobody can complete it.
"""

from . import policy
from .models import CoursePage


def course_of(page):
    if isinstance(page, CoursePage):
        return page
    found = CoursePage.objects.ancestor_of(page).first()
    return found.specific if found else None


def after_publishing(page):
    """``(course, evidence)`` once ``page`` (its edited values, saved as a
    draft) is published, or None if the page is in no course."""
    course = course_of(page)
    if course is None:
        return None
    return course, policy.evidence(course, replacing=page)
