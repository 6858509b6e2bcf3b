"""Which edition of a course a learner studies, and the course as it has it.

An edition (``CourseEdition``) is the course as it stood when a learner
enrolled: its declared hours and, in study order, each lesson's and test's
key, hours and whether it is required. The edition is read from the course
in its original language (the default locale, where methodologists author
it; its translations share the keys).

A learner's outline (``learner_outline``) is the live outline of the course
in the language being read, reduced to the learner's edition: its items in
the edition's order with the edition's hours and rules. So a lesson
published later, or a lesson's hours or rule changed, does not touch those
who enrolled before: they neither wait for the new lesson nor lose the hours
they were promised. A lesson of the edition that is not live in the language
being read is taken from the original language; one withdrawn altogether is
dropped, and the hours to complete shrink by its hours (nobody can study it;
the certificate names the hours actually credited).

Editions are written only when someone enrols and the course differs from
its latest edition (``current_edition``): a change to a course nobody has
enrolled in since makes no edition. Composed outlines are kept in this
process per version of the course tree, so pages cost no query for them.
"""

import dataclasses
from decimal import Decimal

from django.core.cache import cache
from django.db import IntegrityError, transaction
from wagtail.models import Locale

from .models import CourseEdition, CoursePage
from .outline import Module, get_outline

# Learners' outlines composed by this process: (outline version, course id, edition id).
_COMPOSED = {}
_COMPOSED_MAX = 256


def items_of(outline):
    """What an edition keeps of an outline, in study order (JSON-ready)."""
    return [
        {"key": item.key, "hours": f"{item.hours:.2f}", "required": item.required}
        for item in outline.items
    ]


def source_course(course):
    """The live course page in the default language, else ``course`` itself."""
    found = (
        CoursePage.objects.live()
        .filter(translation_key=course.translation_key, locale=Locale.get_default())
        .first()
    )
    return found or course


def latest_edition(course_key):
    return CourseEdition.objects.filter(course_key=course_key).order_by("-number").first()


def differs(edition, outline):
    return edition.declared_hours != outline.declared_hours or edition.items != items_of(outline)


def current_edition(course, request=None):
    """The edition a learner enrolling now gets: the latest one if the
    course has not changed since, else a new one."""
    outline = get_outline(source_course(course), request)
    for _attempt in range(3):
        latest = latest_edition(course.translation_key)
        if latest is not None and not differs(latest, outline):
            return latest
        try:
            with transaction.atomic():
                return CourseEdition.objects.create(
                    course_key=course.translation_key,
                    number=(latest.number if latest else 0) + 1,
                    declared_hours=outline.declared_hours,
                    items=items_of(outline),
                )
        except IntegrityError:
            continue  # another enrolment wrote this number first: read it
    raise RuntimeError("course edition: three concurrent writers")  # pragma: no cover


def edition_by_id(edition_id):
    """An edition never changes: read once, then from the shared cache."""
    key = f"courses:edition:{edition_id}"
    edition = cache.get(key)
    if edition is None:
        edition = CourseEdition.objects.get(pk=edition_id)
        cache.set(key, edition, None)
    return edition


def learner_outline(outline, enrolment, request=None):
    """The course as ``enrolment``'s edition has it (``outline`` itself for
    no enrolment, or one made before editions existed)."""
    if outline is None or enrolment is None or enrolment.edition_id is None:
        return outline
    key = (outline.version, outline.course_id, enrolment.edition_id)
    composed = _COMPOSED.get(key) if outline.version else None
    if composed is None:
        composed = compose(outline, edition_by_id(enrolment.edition_id), request)
        if outline.version:
            if len(_COMPOSED) >= _COMPOSED_MAX:
                _COMPOSED.clear()
            _COMPOSED[key] = composed
    return composed


def compose(outline, edition, request=None):
    live = {item.key: item for item in outline.items}
    wanted = [entry["key"] for entry in edition.items]
    if any(key not in live for key in wanted):
        # Not live in this language: the original language's page, if live.
        source = get_outline(source_course(CoursePage.objects.get(pk=outline.course_id)), request)
        live = {item.key: item for item in source.items} | live
    items = [
        dataclasses.replace(
            live[entry["key"]], hours=Decimal(entry["hours"]), required=entry["required"]
        )
        for entry in edition.items
        if entry["key"] in live
    ]
    withdrawn = sum(
        (Decimal(entry["hours"]) for entry in edition.items if entry["key"] not in live),
        Decimal("0"),
    )
    modules = [
        Module(
            key=module.key,
            title=module.title,
            items=[item for item in items if item.module_key == module.key],
        )
        for module in outline.modules
    ]
    kept = {item.key for item in items}
    return dataclasses.replace(
        outline,
        declared_hours=max(Decimal("0"), edition.declared_hours - withdrawn),
        modules=[module for module in modules if module.items],
        items=items,
        edition=edition.number,
        not_in_edition=frozenset(key for key in outline.item_keys if key not in kept),
    )


def kept_by(course):
    """``(number, learners)`` when the course differs from its latest edition
    and learners who have not completed study that edition, else None."""
    latest = latest_edition(course.translation_key)
    if latest is None or not differs(latest, get_outline(source_course(course))):
        return None
    learners = latest.enrolments.filter(completed_at__isnull=True).count()
    return (latest.number, learners) if learners else None
