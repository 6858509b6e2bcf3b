"""Export jobs: create one, run one, give one up, clear out old ones.

``run`` is safe to call twice: a finished or failed job is left alone, and a
new run claims the job with a fresh token and writes the file from scratch. A
run writes its progress and its result only while its token is the job's, so
a duplicate delivery that started earlier cannot overwrite a later one. The
file is written to a temporary file first (constant memory) and stored through
Django storage only when complete.
"""

import logging
import secrets
import tempfile
from datetime import timedelta

from django.core.files import File
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from audit import trail
from audit.models import AccessRecord
from lms import replica

from . import registry, writers
from .models import ExportJob

logger = logging.getLogger(__name__)

PROGRESS_EVERY = 2000  # rows between two progress updates (one UPDATE each)
MAX_ATTEMPTS = 5  # deliveries of one job, retries and redeliveries after a lost worker
STALE_AFTER = timedelta(minutes=30)  # a run silent this long has died
NEVER_STARTED_AFTER = timedelta(hours=6)  # a job still waiting this long was lost
ACTIVE_LIMIT = 5  # unfinished jobs one person may have at a time

Status = ExportJob.Status


class Refused(Exception):
    """The person may no longer have this export."""


class Superseded(Exception):
    """A later run of the same job took it over; this run stops quietly."""


def create(user, kind, params, language=None, address=None):
    """A queued job, its task sent once the transaction commits. An identical
    job of the same person still waiting or running is returned instead.
    ``address``: the client's, for the audit record written when it is ready."""
    from .tasks import run_export

    same = find_active(user, kind, params)
    if same is not None:
        return same
    job = ExportJob.objects.create(
        user=user,
        kind=kind,
        params=params,
        language=language or translation.get_language(),
        address=address,
    )
    transaction.on_commit(lambda: run_export.delay(job.pk))
    return job


def find_active(user, kind, params):
    return ExportJob.objects.filter(
        user=user, kind=kind, params=params, status__in=[Status.QUEUED, Status.RUNNING]
    ).first()


def active_count(user):
    return ExportJob.objects.filter(user=user, status__in=[Status.QUEUED, Status.RUNNING]).count()


def run(job_id):
    job = ExportJob.objects.select_related("user").filter(pk=job_id).first()
    if job is None or job.status in (Status.DONE, Status.FAILED):
        return job  # deleted, or settled by an earlier run
    token = secrets.token_hex(16)
    now = timezone.now()
    claimed = ExportJob.objects.filter(
        pk=job.pk, status__in=[Status.QUEUED, Status.RUNNING]
    ).update(
        status=Status.RUNNING,
        run_token=token,
        attempts=F("attempts") + 1,
        rows_done=0,
        error="",
        started_at=now,
        heartbeat_at=now,
    )
    if not claimed:
        return job
    job.refresh_from_db()
    with translation.override(job.language):
        exporter = registry.get(job.kind)
        if job.attempts > MAX_ATTEMPTS:
            refusal = _("The export was interrupted too many times.")
        elif exporter is None:
            refusal = _("This kind of export is no longer offered.")
        elif not exporter.allowed(job.user, job.params):
            refusal = _("You no longer have access to this export.")
        else:
            refusal = None
        if refusal:
            _settle_failed(ExportJob.objects.filter(pk=job.pk, run_token=token), refusal)
            return job
        try:
            _write(job, exporter, token)
        except Superseded:
            logger.info("Export %s: a later run took over", job.pk)
    return job


def _write(job, exporter, token):
    # The rows come from the replica where there is one (lms/replica.py); the
    # job's own progress and result are written to the primary.
    with tempfile.TemporaryFile() as handle, replica.reading():
        total = exporter.count(job.user, job.params)
        if total is not None:
            _progress(job.pk, token, rows_total=total)
        header = [str(heading) for heading in exporter.header(job.params)]
        seen = trail.Subjects()
        rows = _reporting(exporter.rows(job.user, job.params, seen), job.pk, token)
        written = writers.write(job.format, handle, header, rows, title=str(exporter.title))
        handle.seek(0)
        name = file_name(job, exporter)
        storage = ExportJob._meta.get_field("file").storage
        stored = storage.save(name, File(handle, name=name))
    with transaction.atomic():
        finished = ExportJob.objects.filter(pk=job.pk, run_token=token).update(
            status=Status.DONE,
            file=stored,
            rows_done=written,
            rows_total=written,
            error="",
            finished_at=timezone.now(),
        )
        if finished:  # the one run that delivers the file records it
            trail.record(
                None,
                exporter.audit_what or AccessRecord.What.BACKGROUND_EXPORT,
                seen,
                rows=written,
                detail=f"{job.kind}: {exporter.describe(job.params)}"[:500],
                user=job.user,
                address=job.address,
            )
    if not finished:
        storage.delete(stored)
        raise Superseded


def file_name(job, exporter):
    """``exports/<random>/<name>.<ext>``: the random folder makes it unguessable."""
    base = get_valid_filename(exporter.filename(job.params)) or "export"
    return f"exports/{secrets.token_urlsafe(16)}/{base}.{job.format}"


def _reporting(rows, job_id, token):
    """The rows, with one UPDATE of the progress every PROGRESS_EVERY rows."""
    for done, row in enumerate(rows, start=1):
        yield row
        if done % PROGRESS_EVERY == 0:
            _progress(job_id, token, rows_done=done)


def _progress(job_id, token, **fields):
    if not ExportJob.objects.filter(pk=job_id, run_token=token).update(
        heartbeat_at=timezone.now(), **fields
    ):
        raise Superseded


def short(error):
    text = str(error) or error.__class__.__name__
    return text if len(text) <= 200 else text[:199] + "…"


def give_back(job_id, error, final):
    """After an exception: fail the job (``final``) or put it back in the queue
    for Celery's retry. Never leaves it running."""
    running = ExportJob.objects.filter(pk=job_id, status=Status.RUNNING)
    language = running.values_list("language", flat=True).first()
    if language is None:
        return  # settled meanwhile, or deleted
    with translation.override(language):
        message = _("The export could not be written: %(error)s") % {"error": short(error)}
    if final:
        _settle_failed(running, message)
    else:
        running.update(status=Status.QUEUED, error=message[:500])


def _settle_failed(jobs, message, now=None):
    return jobs.filter(status__in=[Status.QUEUED, Status.RUNNING]).update(
        status=Status.FAILED, error=message[:500], finished_at=now or timezone.now()
    )


def clean_up(now=None):
    """Delete expired jobs with their files; fail jobs whose run died unseen
    (a lost message, a worker killed for good). Returns (deleted, failed)."""
    now = now or timezone.now()
    # Deleting sends post_delete for each job, and the file goes with it.
    deleted, _by_model = ExportJob.objects.filter(expires_at__lte=now).delete()
    failed = 0
    for stale in (
        ExportJob.objects.filter(status=Status.RUNNING, heartbeat_at__lt=now - STALE_AFTER),
        ExportJob.objects.filter(status=Status.QUEUED, created_at__lt=now - NEVER_STARTED_AFTER),
    ):
        for job in list(stale.only("pk", "language")):
            with translation.override(job.language):
                message = _("The export stopped unexpectedly. Please start it again.")
            # The same conditions again: the run may have spoken up meanwhile.
            failed += _settle_failed(stale.filter(pk=job.pk), message, now)
    return deleted, failed
