"""A job's file goes when the job goes: expired, or its person deleted."""

import contextlib
import os

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import ExportJob


@receiver(post_delete, sender=ExportJob, dispatch_uid="exports.delete_file")
def delete_file(sender, instance, **kwargs):
    if instance.file:
        storage, name = instance.file.storage, instance.file.name
        transaction.on_commit(lambda: remove(storage, name))


def remove(storage, name):
    storage.delete(name)
    try:
        folder = os.path.dirname(storage.path(name))
    except NotImplementedError:
        return  # object storage has no folders
    with contextlib.suppress(OSError):  # on disk, the job's own folder, now empty
        os.rmdir(folder)
