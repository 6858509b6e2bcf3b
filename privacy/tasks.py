"""Background work: prepare a person's data export and send them the link."""

import logging
import tempfile

from celery import shared_task
from django.core.files import File
from django.utils import timezone

from . import my_data
from .emails import send_export_ready
from .models import DataExport

logger = logging.getLogger(__name__)


@shared_task
def prepare_data_export(export_id):
    export = DataExport.objects.select_related("user").filter(pk=export_id).first()
    if export is None or export.status != DataExport.Status.QUEUED:
        return None  # gone, or done by an earlier delivery of this task
    try:
        with tempfile.TemporaryFile(suffix=".zip") as handle:
            rows = my_data.write_zip(handle, user=export.user, email=export.email)
            handle.seek(0)
            export.file.save(f"my-data-{export.pk}.zip", File(handle), save=False)
    except Exception:
        logger.exception("Data export %s failed", export_id)
        DataExport.objects.filter(pk=export.pk).update(status=DataExport.Status.FAILED)
        raise
    export.status = DataExport.Status.DONE
    export.finished_at = timezone.now()
    export.save(update_fields=["file", "status", "finished_at"])
    send_export_ready(export)
    return rows


@shared_task
def remove_expired_exports():
    """Run by Celery beat: expired files go; the rows stay as the record of a request."""
    removed = 0
    for export in DataExport.objects.filter(expires_at__lte=timezone.now()).exclude(file=""):
        export.file.delete()  # and saves the row without it
        removed += 1
    return removed


@shared_task
def close_due_accounts():
    """Run by Celery beat: close the accounts whose cooling-off has ended."""
    from .closing import close_due

    return close_due()


@shared_task
def enforce_retention():
    """Run by Celery beat once a day: delete what has been kept long enough."""
    from .retention import enforce

    return enforce()
