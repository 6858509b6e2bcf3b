"""When the summaries were counted, and a recount asked for from a report page.

The summaries are replaced whole by ``reports.tasks.refresh_stats``: Celery
beat runs it every ten minutes, ``manage.py refresh_stats`` and ``seed_demo``
run it at once, and a staff member may ask for it from a report page. Each
refresh records when it started (``SummaryRun``), so every place, also one
with no summary rows, can say when it was counted.

A request is kept in the cache with the time it was made. It is *pending*
while some summary was counted before that time; meanwhile no second refresh
is queued. The entry expires after ``PENDING_SECONDS``, so a worker that died
does not hide the button for ever.
"""

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from .models import SummaryRun

REQUEST_KEY = "reports:refresh-requested"
# A national refresh takes about 50 s (docs/performance.md); a request still
# unserved after 15 minutes is taken as lost.
PENDING_SECONDS = 15 * 60
KINDS = (SummaryRun.COURSES, SummaryRun.ACADEMY)


def counted_at():
    """``{kind: time}`` of the last refresh of each summary (one query)."""
    return dict(SummaryRun.objects.values_list("kind", "counted_at"))


def pending_since(counted):
    """The time of a recount asked for and not yet done, or None.
    ``counted``: what ``counted_at`` returned."""
    asked = cache.get(REQUEST_KEY)
    if asked is None:
        return None
    if all(counted.get(kind) is not None and counted[kind] >= asked for kind in KINDS):
        return None
    return asked


def request_refresh():
    """Queue one refresh after the current transaction commits, unless one is
    pending; returns whether it queued one. Without a broker the task runs
    in-process at once (``CELERY_TASK_ALWAYS_EAGER``)."""
    from .tasks import refresh_stats

    now = timezone.now()
    if not cache.add(REQUEST_KEY, now, PENDING_SECONDS):
        if pending_since(counted_at()) is not None:
            return False
        # The earlier request was served: this one replaces it.
        cache.set(REQUEST_KEY, now, PENDING_SECONDS)
    transaction.on_commit(refresh_stats.delay)
    return True
