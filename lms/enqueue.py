"""Queue a task once the transaction commits, without failing what committed.

A registration or a completion is committed first and its task (a letter, a
certificate) queued after. If the broker does not answer at that moment
(Redis restarting: ops/rehearsal saw it), ``task.delay`` raises after the
commit: the person would get an error page for something that was done, and
the task would be lost. Here the failure is logged instead, and the sweeps
that beat runs find what was left undone (``academy.tasks.send_due_reminders``
for letters, ``certificates.tasks.issue_missing_certificates``).

Where tasks run in-process (no broker), errors are the task's own and raise.
"""

import logging
from functools import partial

from django.db import transaction

logger = logging.getLogger(__name__)


def on_commit(task, *args):
    """``task.delay(*args)`` once the current transaction commits."""
    transaction.on_commit(partial(send, task, *args))


def send(task, *args):
    """``task.delay(*args)``; None, logged, if the broker does not take it."""
    try:
        return task.delay(*args)
    except Exception as error:
        if task.app.conf.task_always_eager:
            raise
        logger.warning(
            "%s%r was not queued (%s); the beat's sweep will find it",
            task.name,
            args,
            type(error).__name__,
        )
        return None
