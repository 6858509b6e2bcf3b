"""The "My learning" panel: every enrolment with its hours, each module's
progress and where to continue, in a constant number of queries."""

from wagtail.models import Locale

from .models import CoursePage, Enrolment
from .outline import get_outline


def learning_summary(user, request):
    enrolments = list(Enrolment.objects.filter(user=user).order_by("-enrolled_at"))
    if not enrolments:
        return []
    keys = [enrolment.course_key for enrolment in enrolments]
    locale = Locale.get_active()
    in_language = {
        course.translation_key: course
        for course in CoursePage.objects.live().filter(translation_key__in=keys, locale=locale)
    }
    missing = [key for key in keys if key not in in_language]
    if missing:
        # Not translated into this language yet: show the course as enrolled.
        for course in CoursePage.objects.live().filter(translation_key__in=missing):
            in_language.setdefault(course.translation_key, course)
    summary = []
    for enrolment in enrolments:
        course = in_language.get(enrolment.course_key)
        if course is None:
            continue
        outline = get_outline(course, request)
        done = set(enrolment.done)
        modules = [
            {
                "title": module.title,
                "done": sum(1 for item in module.items if item.key in done),
                "total": len(module.items),
            }
            for module in outline.modules
        ]
        hours_done = outline.hours_done(done)
        summary.append(
            {
                "enrolment": enrolment,
                "outline": outline,
                "hours_done": hours_done,
                "percent": int(min(100, hours_done * 100 / outline.declared_hours))
                if outline.declared_hours
                else 0,
                "modules": modules,
                "next_item": outline.next_item(done),
            }
        )
    return summary
