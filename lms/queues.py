"""The Celery queues, and which task goes to which: the one place routes are set.

Four queues, so that a wave of certificates does not hold up a password
letter, and a national export does not hold up a certificate:

- ``certificates``: issuing, rendering, signing and storing certificates
  (CPU-bound; ``certificates.*``, and the academy's ``award_certificate``);
- ``mail``: letters, notices and reminders (network-bound; every task named
  ``send_*``, the certificates' ``send_letters`` among them), and the
  messages by Telegram and SMS (``messaging.*``, rate-limited per channel);
- ``reports``: report summaries and exports, a person's copy of their data
  too (long, memory-hungry; ``reports.*``, ``exports.*``);
- ``default``: the rest (beat's clean-ups, account closing, retention).

A worker started without ``-Q`` consumes all four (``TASK_QUEUES``); the
README shows one worker per queue. Exact names are tried first, then the
patterns in the order below (Celery's ``MapRoute``): ``*.send_*`` before
``certificates.*``. tests/ops/test_queues.py names the queue of every task,
so a new task fails there until its queue is chosen.
"""

from celery.app.routes import MapRoute
from kombu import Queue

DEFAULT = "default"
CERTIFICATES = "certificates"
MAIL = "mail"
REPORTS = "reports"
ALL = (DEFAULT, CERTIFICATES, MAIL, REPORTS)

ROUTES = {
    "academy.tasks.award_certificate": CERTIFICATES,
    # Every few seconds, short: must not wait behind a wave of certificates or an export.
    "courses.tasks.flush_heartbeats": DEFAULT,
    # Every minute, short calls to BigBlueButton: beside the clean-ups, never behind a wave.
    "webinars.*": DEFAULT,
    "privacy.tasks.prepare_data_export": REPORTS,  # a zip of one person's data, then a letter
    "*.send_*": MAIL,
    "messaging.*": MAIL,
    "certificates.*": CERTIFICATES,
    "reports.*": REPORTS,
    "exports.*": REPORTS,
}

# Django settings: CELERY_TASK_ROUTES, CELERY_TASK_QUEUES, CELERY_TASK_DEFAULT_QUEUE.
TASK_ROUTES = {pattern: {"queue": queue} for pattern, queue in ROUTES.items()}
TASK_QUEUES = tuple(Queue(name, routing_key=name) for name in ALL)

_router = MapRoute(TASK_ROUTES)


def queue_for(task_name):
    """The queue a task of this name is sent to (for a sender without the
    project's Celery app, such as a benchmark's bare ``send_task``)."""
    route = _router(task_name)
    return route["queue"] if route else DEFAULT
