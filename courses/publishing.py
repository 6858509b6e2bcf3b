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

The rule is applied wherever a page is published from the admin: the page
editor (hook ``before_publish_page``) and moderation (``HoursApprovalTask``);
both say what ``verdict`` says.
"""

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext

from . import policy
from .hours import academic_hours
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


def once_scheduled(course, page):
    """The course's evidence once ``page`` and every publication scheduled
    in it have gone live, or None if nothing else is scheduled."""
    scheduled = policy.scheduled_versions(course)
    scheduled.pop(page.pk, None)
    if not scheduled:
        return None
    return policy.evidence(course, replacing=page, scheduled=scheduled)


@dataclass
class Verdict:
    """What publishing a page would do to its course: a refusal (None when
    it may be published) and warnings, in the active language."""

    refusal: str | None = None
    warnings: list = field(default_factory=list)


def verdict(page):
    """The hours rule for publishing ``page`` (its edited values)."""
    found = after_publishing(page)
    if found is None:
        return Verdict()
    course, evidence = found
    words = {
        "course": course.title,
        "total": academic_hours(evidence.hours),
        "declared": academic_hours(evidence.declared_hours),
        "minutes": number_format(evidence.minutes, force_grouping=True),
        "required": number_format(evidence.required_minutes, force_grouping=True),
        "percent": evidence.percent,
        "hour": evidence.hour_minutes,
    }
    if evidence.hours > evidence.declared_hours:
        return Verdict(
            refusal=gettext(
                "Not published: the lessons and tests of «%(course)s» would add up to "
                "%(total)s, more than the %(declared)s the course states on its certificates. "
                "Your changes are saved as a draft; change the hours so they add up."
            )
            % words
        )
    later = once_scheduled(course, page)
    if later is not None and later.hours > later.declared_hours:
        return Verdict(
            refusal=gettext(
                "Not published: with the publications scheduled in «%(course)s», its lessons "
                "and tests would add up to %(total)s, more than the %(declared)s the course "
                "will state on its certificates. Your changes are saved as a draft; change "
                "the hours or the schedule so they add up."
            )
            % {
                **words,
                "total": academic_hours(later.hours),
                "declared": academic_hours(later.declared_hours),
            }
        )
    if not evidence.enough and isinstance(page, CoursePage):
        return Verdict(
            refusal=gettext(
                "Not published: «%(course)s» has %(minutes)s minutes of evidence of study, "
                "less than the %(required)s minutes its hours policy asks (%(percent)s%% of "
                "%(declared)s of %(hour)s minutes). Your changes are saved as a draft; "
                "lengthen the lessons' required study time or change the policy."
            )
            % words
        )
    result = Verdict()
    if evidence.hours < evidence.declared_hours:
        result.warnings.append(
            gettext(
                "The lessons and tests of «%(course)s» add up to %(total)s of the "
                "%(declared)s it states: nobody can complete it until they add up."
            )
            % words
        )
    if not evidence.enough:
        result.warnings.append(
            gettext(
                "«%(course)s» has %(minutes)s minutes of evidence of study of the "
                "%(required)s its hours policy asks: the course page cannot be published "
                "again until it has enough."
            )
            % words
        )
    return result
