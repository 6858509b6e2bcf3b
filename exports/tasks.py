"""Background work: write an export, clear out expired ones.

``run_export`` is safe to run twice (``services.run``). An exception puts the
job back in the queue for a retry; after the last retry it fails with a short
error, so a job never stays "running". A run that dies without an exception
(a worker killed) is redelivered (``CELERY_TASK_ACKS_LATE``), and ``clean_up``
fails whatever is still silent after that.
"""

import logging

from celery import shared_task

from . import services

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=2)
def run_export(self, job_id):
    try:
        services.run(job_id)
    except Exception as error:
        # In-process (no broker) there is nobody to retry later: fail now.
        final = self.request.is_eager or self.request.retries >= self.max_retries
        logger.exception("Export %s failed%s", job_id, "" if final else "; retrying")
        services.give_back(job_id, error, final=final)
        if final:
            return job_id
        raise self.retry(exc=error, countdown=10 * 2**self.request.retries) from error
    return job_id


@shared_task
def clean_up():
    """Run by Celery beat every hour; safe to run twice."""
    deleted, failed = services.clean_up()
    return {"deleted": deleted, "failed": failed}
