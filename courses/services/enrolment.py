"""Who may enrol in which course, and the enrolment itself."""

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from users.models import SCHOOL_STAFF_ROLES

from ..editions import current_edition, learner_outline
from ..models import (
    CoursePage,
    Enrolment,
)
from ..outline import get_outline


class LearningError(Exception):
    """A refusal with a message for the learner; nothing was recorded."""


def enrolment_for(user, course):
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course_key=course.translation_key).first()


def can_enrol(user, course, now=None):
    now = now or timezone.now()
    if user.role not in SCHOOL_STAFF_ROLES:
        return False, _("This course is for teachers, school psychologists and social pedagogues.")
    if course.enrolment_opens and now < course.enrolment_opens:
        return False, _("Enrolment has not opened yet.")
    if course.enrolment_closes and now > course.enrolment_closes:
        return False, _("Enrolment is closed.")
    return True, ""


def open_courses(now=None):
    """Published courses in the active language whose enrolment has not
    closed: what "My learning" offers someone who is enrolled in nothing."""
    now = now or timezone.now()
    return (
        CoursePage.objects.live()
        .public()
        .filter(locale=Locale.get_active())
        .exclude(enrolment_closes__lt=now)
        .order_by("path")
    )


def enroll(user, course):
    allowed, reason = can_enrol(user, course)
    if not allowed:
        raise LearningError(reason)
    enrolment, _created = Enrolment.objects.get_or_create(
        user=user,
        course_key=course.translation_key,
        defaults={"course": course, "edition": current_edition(course)},
    )
    return enrolment


def enrolment_course(enrolment, page):
    """The course page in the language of ``page`` (the outline is per language)."""
    # Set by CoursePage.route when the page was reached through its course's URL.
    routed = getattr(page, "_routed_course", None)
    if routed is not None:
        return routed
    return CoursePage.objects.ancestor_of(page).first() or enrolment.course


def lock_for_item(enrolment, page, request=None):
    """``(enrolment, outline, key)`` for a rule about ``page``, a lesson or
    test: the enrolment row locked until the transaction ends, the course as
    the learner's edition has it, the page's key; refuses a page not
    unlocked yet or not part of the edition."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    course = enrolment_course(enrolment, page)
    if enrolment.edition_id is None:
        # Enrolled before editions existed: pinned to the course as it is now.
        enrolment.edition = current_edition(course, request)
        enrolment.save(update_fields=["edition"])
    outline = learner_outline(get_outline(course, request), enrolment, request)
    key = str(page.translation_key)
    refusal = refusal_for(outline, key, enrolment.done)
    if refusal:
        raise LearningError(refusal)
    return enrolment, outline, key


def refusal_for(outline, key, done):
    """Why a learner with ``outline`` (theirs) and ``done`` may not open the
    lesson or test ``key`` yet, or "" if they may."""
    if key in outline.not_in_edition:
        return _(
            "This part was added to the course after you enrolled and is not part of "
            "your edition (%(edition)s). Your coordinator or the course's methodologist "
            "can move you to the current edition."
        ) % {"edition": outline.edition}
    if not outline.unlocked(key, done):
        return _("Finish the earlier lessons and tests first.")
    return ""
