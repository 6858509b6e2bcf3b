"""The hours summary the editor shows on a course or module."""

from django import template

register = template.Library()


@register.simple_tag
def hours_summary(page):
    from courses.models import CoursePage, ModulePage
    from courses.outline import build_outline

    if page is None or not page.pk:
        return None
    course = page if isinstance(page, CoursePage) else None
    if isinstance(page, ModulePage):
        course = page.get_parent().specific
    if course is None:
        return None
    # Built fresh (drafts excluded: only live pages count towards the course).
    outline = build_outline(course)
    return {
        "total": outline.total_hours.normalize(),
        "declared": course.declared_hours.normalize(),
        "mismatch": outline.total_hours != course.declared_hours,
        "modules": [{"title": m.title, "hours": m.hours.normalize()} for m in outline.modules],
    }
