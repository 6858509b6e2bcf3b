"""Issuing, revoking and reissuing certificates.

``issue`` is idempotent and safe under races: it returns the valid
certificate of a completion if there is one, and otherwise allocates the next
number and creates it in one transaction. If two workers race, the partial
unique constraint lets one insert win; the other's transaction (its number
included) rolls back, so no number is skipped.
"""

from functools import lru_cache

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.hours import academic_hours, hours_number
from lms.dates import show_date

from . import signing
from .models import Certificate, CertificateTemplate, NumberCounter
from .models.templates import LANGUAGES


class CertificateError(Exception):
    pass


def course_source(enrolment_id):
    return f"course:{enrolment_id}"


def template_for_course(course_key):
    return (
        CertificateTemplate.objects.filter(course__translation_key=course_key)
        .order_by("-updated_at")
        .first()
    )


def allocate_number(template, year):
    """Next number of the template's series for ``year``; call inside a transaction."""
    series = template.series(year)
    NumberCounter.objects.get_or_create(series=series, year=year)
    counter = NumberCounter.objects.select_for_update().get(series=series, year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"{series}{counter.last:06d}"


def frozen_texts(template, holder_name, course_titles, hours, start, end, number):
    """The certificate's texts in every language, as they stay on it.
    What every holder of a wave shares is formatted once per process
    (``frozen_parts``' caches)."""
    parts = frozen_parts(template, course_titles, hours, start, end)
    texts = {}
    for language, (base, values, issued_line) in parts.items():
        texts[language] = {
            **base,
            "body": base["body"].format_map(_SafeDict(values, name=holder_name)),
            "issued_line": issued_line % {"number": number},
        }
    return texts


def frozen_parts(template, course_titles, hours, start, end):
    """What ``frozen_texts`` writes that does not depend on the holder or the
    number: per language, the fixed texts, the body's values and the issue
    line with its date (today) filled in."""
    parts = {}
    today = timezone.localdate()
    for language in LANGUAGES:
        base = template.texts(language)
        course = course_titles.get(language) or course_titles.get("kk", "")
        hours_text, hours_line = _hours_in(language, hours)
        values = {
            "course": course,
            "hours": hours_text,
            "start": _date_in(language, start),
            "end": _date_in(language, end),
        }
        issued_line, verify_line = _lines_in(language, today)
        fixed = {
            "title": base["title"],
            "organisation": base["organisation"],
            "course": course,
            "body": base["text"],
            "hours_line": hours_line,
            "verify_line": verify_line,
        }
        parts[language] = (fixed, values, issued_line)
    return parts


# A wave formats the same few hundred dates and hours for thousands of holders:
# each text is made once per process (the formats and catalogues do not change
# while it runs).
@lru_cache(maxsize=8192)
def _date_in(language, value):
    with translation.override(language):
        return show_date(value)


@lru_cache(maxsize=1024)
def _hours_in(language, hours):
    with translation.override(language):
        return hours_number(hours), academic_hours(hours)


@lru_cache(maxsize=64)
def _lines_in(language, today):
    """The issue line (the number left as ``%(number)s``) and the verify line."""
    with translation.override(language):
        issued = _("Issued %(date)s. Certificate No. %(number)s")
        # The date now, the number per holder: "%(number)s" survives the first %.
        issued_line = issued % {
            "date": show_date(today).replace("%", "%%"),
            "number": "%(number)s",
        }
        return issued_line, _("Check this certificate")


class _SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def issue_for_enrolment(enrolment_id):
    """The valid certificate of a completed course enrolment, created if needed."""
    from courses.models import CoursePage, Enrolment

    source = course_source(enrolment_id)
    existing = Certificate.objects.filter(source=source, status=Certificate.Status.VALID).first()
    if existing:
        return existing
    enrolment = Enrolment.objects.select_related("user").get(pk=enrolment_id)
    if enrolment.completed_at is None:
        raise CertificateError("the course is not completed")
    template = template_for_course(enrolment.course_key)
    if template is None:
        raise CertificateError("no certificate template for this course")
    titles = {
        page.locale.language_code: page.title
        for page in CoursePage.objects.filter(translation_key=enrolment.course_key).select_related(
            "locale"
        )
    }
    return issue(
        source,
        enrolment.user,
        template,
        titles,
        enrolment.hours_done,
        *course_periods([enrolment])[enrolment.pk],
    )


def course_periods(enrolments):
    """``{enrolment id: (started_on, completed_on)}``: the true period of study,
    the first and the last day hours were credited on (``courses.HoursCredit``,
    days in Asia/Almaty), in one query. Enrolments without credits (completed
    before the ledger existed) fall back to their enrolment and completion days."""
    from django.db.models import Max, Min

    from courses.models import HoursCredit

    days = {
        row["enrolment"]: (row["first"], row["last"])
        for row in HoursCredit.objects.filter(enrolment__in=[e.pk for e in enrolments])
        .values("enrolment")
        .annotate(first=Min("day"), last=Max("day"))
    }
    return {
        enrolment.pk: days.get(enrolment.pk)
        or (
            timezone.localdate(enrolment.enrolled_at),
            timezone.localdate(enrolment.completed_at),
        )
        for enrolment in enrolments
    }


def issue(source, user, template, titles, hours, started_on, completed_on):
    """Create the one valid certificate of ``source`` (any kind of completion:
    ``course:<id>``, ``academy:<id>``) or return the one that exists.

    ``titles`` maps language codes to the course or programme title.
    """
    existing = Certificate.objects.filter(source=source, status=Certificate.Status.VALID).first()
    if existing:
        return existing
    now = timezone.now()
    try:
        with transaction.atomic():
            number = allocate_number(template, timezone.localdate(now).year)
            holder_name = user.get_full_name()
            texts = frozen_texts(
                template, holder_name, titles, hours, started_on, completed_on, number
            )
            texts["surname"] = user.last_name  # the public lookup asks for it (lookup.py)
            return Certificate.objects.create(
                number=number,
                source=source,
                holder=user,
                template=template,
                holder_name=holder_name,
                language=user.preferred_language or "kk",
                texts=texts,
                hours=hours,
                started_on=started_on,
                completed_on=completed_on,
                issued_at=now,
                region_id=user.region_id,
                school_id=user.school_id,
            )
    except IntegrityError:
        # Another worker issued it first; theirs is the one.
        return Certificate.objects.get(source=source, status=Certificate.Status.VALID)


def store_pdf(certificate, pdf_bytes):
    """Sign the file, save it through Django storage (S3 in production) and record it."""
    name = f"{certificate.code}-v{certificate.version}.pdf"
    certificate.pdf.save(name, ContentFile(signing.sign(pdf_bytes)), save=False)
    Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)


@transaction.atomic
def revoke(certificate, reason, now=None):
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give the reason for revoking."))
    if certificate.status != Certificate.Status.VALID:
        raise CertificateError(_("Only a valid certificate can be revoked."))
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_at = now or timezone.now()
    certificate.revoked_reason = reason[:500]
    certificate.save(update_fields=["status", "revoked_at", "revoked_reason"])
    return certificate


@transaction.atomic
def reissue(certificate, holder_name):
    """A new version with the same number (after a name correction); the old
    one stays on record, superseded, with its file."""
    holder_name = (holder_name or "").strip()
    if not holder_name:
        raise CertificateError(_("Give the corrected name."))
    current = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if current.status != Certificate.Status.VALID:
        raise CertificateError(_("Only a valid certificate can be reissued."))
    current.status = Certificate.Status.SUPERSEDED
    current.save(update_fields=["status"])
    texts = {}
    for language, text in current.texts.items():
        if isinstance(text, dict):
            text = {**text, "body": text["body"].replace(current.holder_name, holder_name)}
        texts[language] = text
    # Names are written surname first; the public lookup searches by it.
    texts["surname"] = holder_name.split()[0]
    return Certificate.objects.create(
        number=current.number,
        version=current.version + 1,
        source=current.source,
        holder=current.holder,
        template=current.template,
        holder_name=holder_name,
        language=current.language,
        texts=texts,
        hours=current.hours,
        started_on=current.started_on,
        completed_on=current.completed_on,
        issued_at=timezone.now(),
        region_id=current.region_id,
        school_id=current.school_id,
    )
