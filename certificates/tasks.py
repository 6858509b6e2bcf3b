"""Background work: render, store and send certificates.

Tasks take ids and are safe to run twice or to be killed half-way: each step
checks what is already done (the certificate row, the stored file, the
e-mail) before doing it.
"""

import logging
from datetime import timedelta

from celery import Task, shared_task
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import pdf, services, signing
from .models import (
    Certificate,
    CertificateTemplate,
    RegenerationItem,
    RegenerationJob,
    Wave,
)
from .models.issued import certificate_path

logger = logging.getLogger(__name__)


@shared_task(
    bind=True, autoretry_for=(Exception,), retry_backoff=5, retry_jitter=True, max_retries=5
)
def issue_course_certificate(self, enrolment_id):
    certificate = services.issue_for_enrolment(enrolment_id)
    deliver(certificate.pk)
    return certificate.pk


SWEEP_LIMIT = 5000  # completions queued by one sweep


def completions_without_certificate(now):
    """Completions of the last 30 days, older than the grace period, of courses
    with a certificate template, that have no certificate at all: the broker
    did not take their task (``lms.enqueue``). A revoked one counts as one."""
    from django.db.models import CharField, Exists, OuterRef, Value
    from django.db.models.functions import Cast, Concat

    from courses.models import Enrolment

    grace = timedelta(seconds=settings.TASK_SWEEP_GRACE_SECONDS)
    source = Concat(Value("course:"), Cast(OuterRef("pk"), CharField()))
    return (
        Enrolment.objects.filter(
            completed_at__lte=now - grace, completed_at__gte=now - timedelta(days=30)
        )
        .exclude(Exists(Certificate.objects.filter(source=source)))
        .order_by("pk")
    )


@shared_task
def issue_missing_certificates():
    """Every ten minutes (beat): queue the certificates of completions that
    have none. ``issue_course_certificate`` issues once per completion, so a
    task that was only late does no harm."""
    queued = 0
    templates = {}
    rows = completions_without_certificate(timezone.now()).values_list("pk", "course_key")
    for enrolment_id, course_key in rows[:SWEEP_LIMIT]:
        if course_key not in templates:
            templates[course_key] = services.template_for_course(course_key) is not None
        if templates[course_key]:
            issue_course_certificate.delay(enrolment_id)
            queued += 1
    return queued


@shared_task(
    bind=True, autoretry_for=(Exception,), retry_backoff=5, retry_jitter=True, max_retries=5
)
def deliver_certificate(self, certificate_id):
    """Render, store and e-mail an issued certificate (any kind of completion)."""
    deliver(certificate_id)
    return certificate_id


def deliver(certificate_id):
    certificate = Certificate.objects.select_related("holder", "template").get(pk=certificate_id)
    if not certificate.pdf:
        services.store_pdf(certificate, fastpdf.render_pdf_fast(certificate))
        certificate.refresh_from_db()
    send_email(certificate)
    # A parent or teacher who chose Telegram or SMS hears there too (once: messaging's dedupe key).
    from messaging.dispatch import notify

    notify("certificate_ready", certificate_id=certificate.pk)


def send_email(certificate):
    # Claim the sending first, so two runs never send twice.
    claimed = Certificate.objects.filter(pk=certificate.pk, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not claimed:
        return
    try:
        with translation.override(certificate.language):
            url = pdf.verification_url(certificate)
            message = EmailMessage(
                subject=_("Your certificate No. %(number)s") % {"number": certificate.number},
                body=_(
                    "Congratulations, %(name)s!\n\nYour certificate for "
                    "«%(course)s» (%(hours)s) is attached.\n"
                    "Anyone can check it here: %(url)s\n\nIt is also on your page "
                    "“My learning”: %(site)s"
                )
                % {
                    "name": certificate.holder_name,
                    "course": certificate.text().get("course", ""),
                    "hours": certificate.text().get("hours_line", ""),
                    "url": url,
                    "site": settings.SITE_URL,
                },
                to=[certificate.holder.email],
            )
        with certificate.pdf.open("rb") as handle:
            message.attach(f"{certificate.number}.pdf", handle.read(), "application/pdf")
        message.send()
    except Exception:
        Certificate.objects.filter(pk=certificate.pk).update(emailed_at=None)
        raise


# Certificates re-rendered per task run: short runs, so a restarted worker
# loses one batch at most and the progress bar moves every few seconds.
REGENERATION_BATCH = 200


class _StopsJob(Task):
    """Retries exhausted: the job (``job_model``, its id the task's first
    argument) stops, so it blocks nothing for ever, and says so on its page."""

    job_model = None

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        model = self.job_model
        job_id = args[0] if args else next(iter(kwargs.values()), None)
        logger.error("%s %s stopped: %r", model.__name__, job_id, exc)
        model.objects.filter(
            pk=job_id, status__in=[model.Status.QUEUED, model.Status.RUNNING]
        ).update(status=model.Status.STOPPED, finished_at=timezone.now(), **self.stopped(exc))

    def stopped(self, exc):
        return {}


class _RegenerationTask(_StopsJob):
    job_model = RegenerationJob


@shared_task(
    base=_RegenerationTask,
    bind=True,
    autoretry_for=(Exception,),
    retry_backoff=5,
    retry_jitter=True,
    max_retries=5,
)
def regenerate_template(self, job_id):
    """Re-render one batch of a regeneration job's certificates, then queue the
    next batch. The frozen texts stay as issued; only the PDF is new.

    Safe to run twice: certificates with an item for this job are skipped, and
    a finished job is left alone.
    """
    job = RegenerationJob.objects.filter(pk=job_id).first()
    if job is None or job.status == RegenerationJob.Status.DONE:
        return job_id  # deleted with its template, or finished by an earlier run
    RegenerationJob.objects.filter(pk=job_id, status=RegenerationJob.Status.QUEUED).update(
        status=RegenerationJob.Status.RUNNING
    )
    template = (
        CertificateTemplate.objects.select_related("background")
        .prefetch_related("signatories__signature")
        .get(pk=job.template_id)
    )
    batch = list(pending_regeneration(job)[:REGENERATION_BATCH])
    for certificate in batch:
        certificate.template = template  # one template, its signatories fetched once
        regenerate_certificate(job, certificate)
    count_regeneration(job)
    if len(batch) == REGENERATION_BATCH:
        regenerate_template.delay(job_id)
    else:
        finish_regeneration(job)
    return job_id


def pending_regeneration(job):
    return (
        Certificate.objects.filter(
            template_id=job.template_id,
            status=Certificate.Status.VALID,
            pk__lte=job.last_certificate_id,
        )
        .exclude(regenerations__job=job)
        .order_by("pk")
    )


def regenerated_name(certificate, job):
    """Beside the old file, never over it: ``<code>-v<version>-r<job>.pdf``."""
    return certificate_path(certificate, "").removesuffix(".pdf") + f"-r{job.pk}.pdf"


def regenerate_certificate(job, certificate):
    try:
        content = fastpdf.render_pdf_fast(certificate)  # the full render where it must
    except Exception as error:
        logger.exception("Regeneration %s: certificate %s failed", job.pk, certificate.pk)
        RegenerationItem.objects.get_or_create(
            job=job,
            certificate=certificate,
            defaults={"ok": False, "old_pdf": certificate.pdf.name, "error": repr(error)[:500]},
        )
        return
    with transaction.atomic():
        # The lock orders us with a concurrent run of this job and with a reissue.
        current = (
            Certificate.objects.select_for_update()
            .filter(pk=certificate.pk, status=Certificate.Status.VALID)
            .first()
        )
        if (
            current is None
            or RegenerationItem.objects.filter(job=job, certificate=current).exists()
        ):
            return
        storage = Certificate._meta.get_field("pdf").storage
        name = storage.save(regenerated_name(current, job), ContentFile(signing.sign(content)))
        Certificate.objects.filter(pk=current.pk).update(pdf=name)
        RegenerationItem.objects.create(
            job=job, certificate=current, old_pdf=current.pdf.name, new_pdf=name
        )


def count_regeneration(job):
    counts = job.items.aggregate(
        done=Count("pk", filter=Q(ok=True)), failed=Count("pk", filter=Q(ok=False))
    )
    RegenerationJob.objects.filter(pk=job.pk).update(**counts)


def finish_regeneration(job):
    # Certificates revoked or reissued while the job ran drop out of its total.
    RegenerationJob.objects.filter(pk=job.pk).exclude(status=RegenerationJob.Status.DONE).update(
        status=RegenerationJob.Status.DONE,
        total=F("done") + F("failed"),
        finished_at=timezone.now(),
    )


# Lines of a wave issued per task run (one transaction each): a restarted
# worker redoes one batch at most, and the progress page moves every second.
WAVE_BATCH = 500


class _WaveTask(_StopsJob):
    job_model = Wave

    def stopped(self, exc):
        return {"error": repr(exc)[:500]}


@shared_task(
    base=_WaveTask,
    bind=True,
    autoretry_for=(Exception,),
    retry_backoff=5,
    retry_jitter=True,
    max_retries=5,
)
def issue_wave(self, wave_id):
    """Issue one batch of a confirmed wave, queue the batch's PDFs and
    letters (``bulk.deliver_batch``), then queue the next batch."""
    more = issue_wave_batch(wave_id)
    if more:
        issue_wave.delay(wave_id)
    return wave_id


def issue_wave_batch(wave_id, size=WAVE_BATCH):
    """One batch of the wave; True if lines are left. Safe to run twice: the
    wave is locked, its position advances with the batch, and lines already
    issued are skipped (``waves.issue_lines``)."""
    from . import waves

    with transaction.atomic():
        wave = Wave.objects.select_for_update().filter(pk=wave_id).first()
        if wave is None or wave.status not in (Wave.Status.QUEUED, Wave.Status.RUNNING):
            return False  # settled by an earlier run, or not confirmed
        with translation.override(wave.language):
            checked = waves.check(wave.content)
        if not checked.ok:  # a course or school removed since the check
            Wave.objects.filter(pk=wave.pk).update(
                status=Wave.Status.STOPPED,
                finished_at=timezone.now(),
                error="\n".join(checked.errors[:5])[:500],
            )
            return False
        batch = checked.lines[wave.position : wave.position + size]
        certificates = waves.issue_lines(batch)
        position = wave.position + len(batch)
        done = position >= len(checked.lines)
        Wave.objects.filter(pk=wave.pk).update(
            status=Wave.Status.DONE if done else Wave.Status.RUNNING,
            total=len(checked.lines),
            position=position,
            issued=F("issued") + len(certificates),
            skipped=F("skipped") + len(batch) - len(certificates),
            **({"finished_at": timezone.now(), "content": ""} if done else {}),
        )
        ids = [certificate.pk for certificate in certificates]
        if ids:
            transaction.on_commit(lambda: bulk.deliver_batch.delay(ids))
    return not done


from . import bulk, fastpdf  # noqa: E402,F401 - the fast renderer; bulk registers its tasks
