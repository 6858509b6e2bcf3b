"""The hours and evidence summary the editor shows on a course or module."""

from django import template

register = template.Library()


@register.simple_tag
def hours_summary(page):
    from courses.models import CoursePage, ModulePage
    from courses.policy import evidence

    if page is None or not page.pk:
        return None
    course = page if isinstance(page, CoursePage) else None
    if isinstance(page, ModulePage):
        course = page.get_parent().specific
    if course is None:
        return None
    # Live pages only (drafts do not count towards the course).
    found = evidence(course)
    return {
        "editions": editions_summary(course),
        "total": found.hours.normalize(),
        "declared": found.declared_hours.normalize(),
        "mismatch": found.hours != found.declared_hours,
        "evidence": found,
        "modules": [
            {"title": part.title, "hours": part.hours.normalize(), "minutes": part.minutes}
            for part in found.parts
        ],
    }


def editions_summary(course):
    """How many editions the course has and how many learners who have not
    completed study an older one (``courses.editions``)."""
    from django.db.models import Count, Q
    from django.urls import reverse

    from courses.models import CourseEdition

    editions = list(
        CourseEdition.objects.filter(course_key=course.translation_key)
        .annotate(open=Count("enrolments", filter=Q(enrolments__completed_at__isnull=True)))
        .order_by("-number")
        .values_list("number", "open")
    )
    return {
        "count": len(editions),
        "older_open": sum(open_ for _number, open_ in editions[1:]),
        "url": reverse("courses_editions", args=[course.pk]),
    }
