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
        "total": found.hours.normalize(),
        "declared": found.declared_hours.normalize(),
        "mismatch": found.hours != found.declared_hours,
        "evidence": found,
        "modules": [
            {"title": part.title, "hours": part.hours.normalize(), "minutes": part.minutes}
            for part in found.parts
        ],
    }
