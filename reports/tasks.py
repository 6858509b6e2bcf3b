from celery import shared_task

from .stats import refresh_academy_stats, refresh_course_stats


@shared_task
def refresh_stats():
    """Recount every report summary; safe to run twice. Run by Celery beat
    every ten minutes, by ``manage.py refresh_stats`` and ``seed_demo``, and
    when a staff member asks from a report page (``reports.freshness``).
    Returns the number of school rows of each summary."""
    return {"courses": refresh_course_stats(), "academy": refresh_academy_stats()}
