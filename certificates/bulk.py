"""Certificates in waves: one task issues or delivers a batch of them.

``issue_batch(enrolment_ids)`` issues the certificates of completed course
enrolments with the guarantees of ``services.issue`` (one valid certificate
per completion, numbers without gaps) in one transaction for the whole batch
(a block of numbers, one INSERT: a COPY on PostgreSQL), then renders them
(``fastpdf``), stores the files and records them in one UPDATE;
``deliver_batch(certificate_ids)`` renders and stores certificates already
issued. Both then queue ``send_letters`` for the batch, so a wave's letters
(slow, network-bound in production) never hold up its PDFs.

All three are safe to run twice or to be killed half-way, like the tasks in
``tasks.py``: what is done (the row, the file, the letter) is skipped, and a
letter is claimed before it is sent (``tasks.send_email``). A certificate that
fails does not stop the others; the task then fails, and its retry redoes
only what is left.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from celery import shared_task
from celery.signals import worker_process_init
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from . import fastpdf, services, signing
from .models import Certificate, NumberCounter

logger = logging.getLogger(__name__)

RETRY = {"autoretry_for": (Exception,), "retry_backoff": 5, "retry_jitter": True, "max_retries": 5}


class BatchError(Exception):
    """Some certificates of a batch failed; the others went through."""


@worker_process_init.connect
def load_fonts(**kwargs):
    """Each worker process reads the shipped fonts when it starts, not
    during its first batch."""
    fastpdf.load_fonts()


@shared_task(bind=True, **RETRY)
def issue_batch(self, enrolment_ids, full_render=False, sign=True):
    """Issue the certificates of completed course enrolments, render and store
    them, and queue their letters. ``sign=False`` only for the benchmark's
    unsigned figure (benchmarks/certificates.py)."""
    certificates = issue_for_enrolments(enrolment_ids)
    store_many([certificate.pk for certificate in certificates], full_render, sign)
    return [certificate.pk for certificate in certificates]


@shared_task(bind=True, **RETRY)
def deliver_batch(self, certificate_ids, full_render=False, sign=True):
    """Render and store issued certificates, and queue their letters.

    ``full_render``: lay each one out with WeasyPrint (``pdf.render_pdf``), the
    reference renderer, to compare or to rule the fast one out."""
    store_many(certificate_ids, full_render, sign)
    return len(certificate_ids)


@shared_task(bind=True, **RETRY)
def send_letters(self, certificate_ids):
    """E-mail stored certificates to their holders, each once."""
    from .tasks import send_email

    failed = []
    for certificate in Certificate.objects.select_related("holder").filter(
        pk__in=certificate_ids, emailed_at__isnull=True
    ):
        try:
            send_email(certificate)
        except Exception:
            logger.exception("certificate %s: letter failed", certificate.pk)
            failed.append(certificate.pk)
    if failed:
        raise BatchError(f"{len(failed)} letters not sent: {failed[:20]}")
    return len(certificate_ids)


def store_many(certificate_ids, full_render=False, sign=True):
    """Render, sign (``signing``) and store the certificates without a file,
    then queue the letters of those not sent yet."""
    from . import pdf

    render = pdf.render_pdf if full_render else fastpdf.render_pdf_fast
    certificates = list(
        Certificate.objects.select_related("holder", "template")
        .filter(pk__in=certificate_ids)
        .order_by("pk")
    )
    stored, failed = [], []
    for certificate in certificates:
        if certificate.pdf:
            continue
        try:
            content = render(certificate)
            content = signing.sign(content) if sign else content
            # As services.store_pdf, but the rows are updated below in one
            # statement: one commit (a disk flush) per batch, not per certificate.
            name = f"{certificate.code}-v{certificate.version}.pdf"
            certificate.pdf.save(name, ContentFile(content), save=False)
        except Exception:
            logger.exception("certificate %s: rendering failed", certificate.pk)
            failed.append(certificate.pk)
            continue
        stored.append(certificate)
    if stored:
        _record_files(stored)
    letters = [c.pk for c in certificates if c.pdf and c.emailed_at is None]
    if letters:
        send_letters.delay(letters)
    if failed:
        raise BatchError(f"{len(failed)} certificates not rendered: {failed[:20]}")


def _record_files(certificates):
    """``bulk_update(certificates, ["pdf"])`` as one UPDATE per row sent
    together (psycopg pipelines ``executemany``), in one transaction: half the
    time of the single UPDATE with a CASE per row that bulk_update builds."""
    table = connection.ops.quote_name(Certificate._meta.db_table)
    column = connection.ops.quote_name(Certificate._meta.get_field("pdf").column)
    primary_key = connection.ops.quote_name(Certificate._meta.pk.column)
    rows = [(certificate.pdf.name, certificate.pk) for certificate in certificates]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET {column} = %s WHERE {primary_key} = %s",  # noqa: S608 - names
            rows,
        )


def issue_for_enrolments(enrolment_ids):
    """The valid certificates of these completed enrolments, issued if needed
    (incomplete ones, or courses without a template, are left out)."""
    from courses.models import CoursePage, Enrolment

    sources = {services.course_source(pk): pk for pk in enrolment_ids}
    existing = list(Certificate.objects.filter(source__in=sources, status=Certificate.Status.VALID))
    done = {certificate.source for certificate in existing}
    enrolments = list(
        Enrolment.objects.select_related("user")
        .filter(pk__in=[pk for source, pk in sources.items() if source not in done])
        .filter(completed_at__isnull=False)
        .order_by("pk")
    )
    by_course = defaultdict(list)
    for enrolment in enrolments:
        by_course[enrolment.course_key].append(enrolment)
    issued = []
    for course_key, group in by_course.items():
        template = services.template_for_course(course_key)
        if template is None:
            continue
        titles = {
            page.locale.language_code: page.title
            for page in CoursePage.objects.filter(translation_key=course_key).select_related(
                "locale"
            )
        }
        try:
            issued.extend(_issue_group(template, titles, group))
        except IntegrityError:
            # Another worker issued one of them meanwhile; the batch (numbers
            # included) rolled back, so issue one by one, as services does.
            issued.extend(services.issue_for_enrolment(enrolment.pk) for enrolment in group)
    return existing + issued


@dataclass(frozen=True)
class Completion:
    """What one certificate states, whatever was completed: a course enrolment
    (``course:<id>``) or a line of a wave from a list (``wave:<digest>``).
    Without a ``school_id`` the certificate gets the holder's school and
    region; ``language`` defaults to the holder's preferred language."""

    source: str
    user: object
    hours: Decimal
    started_on: date
    completed_on: date
    school_id: int | None = None
    region_id: int | None = None
    language: str | None = None


def _issue_group(template, titles, enrolments):
    """``services.issue`` for many completions of one course in one
    transaction: a block of numbers from the counter, one INSERT."""
    periods = services.course_periods(enrolments)
    return issue_completions(
        template, titles, [enrolment_completion(e, periods[e.pk]) for e in enrolments]
    )


def enrolment_completion(enrolment, period):
    return Completion(
        source=services.course_source(enrolment.pk),
        user=enrolment.user,
        hours=enrolment.hours_done,
        started_on=period[0],
        completed_on=period[1],
    )


@transaction.atomic
def issue_completions(template, titles, completions):
    """Certificates of ``template`` for ``completions`` (none of them issued
    yet) in one transaction: a block of numbers from the counter, one INSERT.
    A duplicate source raises IntegrityError and the whole block (its numbers
    included) rolls back, so no number is skipped."""
    now = timezone.now()
    year = timezone.localdate(now).year
    series = template.series(year)
    NumberCounter.objects.get_or_create(series=series, year=year)
    counter = NumberCounter.objects.select_for_update().get(series=series, year=year)
    first = counter.last + 1
    counter.last += len(completions)
    counter.save(update_fields=["last"])
    certificates = certificates_of(template, titles, completions, series, first, now)
    if connection.vendor != "postgresql":
        return Certificate.objects.bulk_create(certificates)
    _copy(certificates)
    return certificates


def _copy(certificates):
    """INSERT the certificates with PostgreSQL's COPY (the field values as the
    ORM prepares them) and give them their ids: the same rows as bulk_create,
    without quoting every value in Python (a tenth of the time)."""
    fields = [field for field in Certificate._meta.concrete_fields if not field.primary_key]
    table = Certificate._meta.db_table
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    rows = [
        [
            field.get_db_prep_save(getattr(certificate, field.attname), connection)
            for field in fields
        ]
        for certificate in certificates
    ]
    connection.ensure_connection()
    with (
        connection.wrap_database_errors,  # a duplicate is an IntegrityError, as with the ORM
        connection.connection.cursor() as cursor,
        cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,  # noqa: S608 - names
    ):
        for row in rows:
            copy.write_row(row)
    ids = dict(
        Certificate.objects.filter(
            code__in=[certificate.code for certificate in certificates]
        ).values_list("code", "pk")
    )
    for certificate in certificates:
        certificate.pk = ids[certificate.code]
        certificate._state.adding = False


def new_certificates(template, titles, enrolments, series, first, now):
    """Unsaved certificates of ``enrolments`` (users selected), numbered from
    ``first`` in ``series``: the fields ``services.issue`` sets."""
    periods = services.course_periods(enrolments)
    completions = [enrolment_completion(e, periods[e.pk]) for e in enrolments]
    return certificates_of(template, titles, completions, series, first, now)


def certificates_of(template, titles, completions, series, first, now):
    """Unsaved certificates of ``completions``, numbered from ``first``."""
    certificates = []
    for offset, completion in enumerate(completions):
        user = completion.user
        number = f"{series}{first + offset:06d}"
        holder_name = user.get_full_name()
        texts = services.frozen_texts(
            template,
            holder_name,
            titles,
            completion.hours,
            completion.started_on,
            completion.completed_on,
            number,
        )
        texts["surname"] = user.last_name
        place = completion if completion.school_id else user  # a school named, or the holder's
        certificates.append(
            Certificate(
                number=number,
                source=completion.source,
                holder=user,
                template=template,
                holder_name=holder_name,
                language=completion.language or user.preferred_language or "kk",
                texts=texts,
                hours=completion.hours,
                started_on=completion.started_on,
                completed_on=completion.completed_on,
                issued_at=now,
                region_id=place.region_id,
                school_id=place.school_id,
            )
        )
    return certificates
