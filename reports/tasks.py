import logging

from celery import shared_task

from lms.locks import only_one

from .stats import refresh_academy_stats, refresh_course_stats

logger = logging.getLogger(__name__)

# Longer than any refresh (a national one takes about 50 s), for the cache
# lock only: on PostgreSQL the lock ends with its holder's connection.
LOCK_SECONDS = 30 * 60


@shared_task
def refresh_stats():
    """Recount every report summary; safe to run twice. Run by Celery beat
    every ten minutes, by ``manage.py refresh_stats`` and ``seed_demo``, and
    when a staff member asks from a report page (``reports.freshness``).
    Returns the number of school rows of each summary, or None when another
    recount was running (``lms.locks``): two beats, or a request during
    beat's run, then count once."""
    with only_one("reports.refresh_stats", LOCK_SECONDS) as held:
        if not held:
            logger.info("Report summaries: another recount is running; this one did nothing")
            return None
        rows = {"courses": refresh_course_stats(), "academy": refresh_academy_stats()}
    logger.info(
        "Report summaries recounted: %(courses)s course rows, %(academy)s academy rows", rows
    )
    return rows
