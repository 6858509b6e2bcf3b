"""Background work: render, store and send certificates.

Tasks take ids and are safe to run twice or to be killed half-way: each step
checks what is already done (the certificate row, the stored file, the
e-mail) before doing it.
"""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import pdf, services
from .models import Certificate


@shared_task(
    bind=True, autoretry_for=(Exception,), retry_backoff=5, retry_jitter=True, max_retries=5
)
def issue_course_certificate(self, enrolment_id):
    certificate = services.issue_for_enrolment(enrolment_id)
    deliver(certificate.pk)
    return certificate.pk


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
        services.store_pdf(certificate, pdf.render_pdf(certificate))
        certificate.refresh_from_db()
    send_email(certificate)


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
