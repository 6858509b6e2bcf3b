from celery import shared_task

from .stats import refresh_academy_stats, refresh_course_stats


@shared_task
def refresh_stats():
    """Run by Celery beat every few minutes; safe to run twice."""
    return {"courses": refresh_course_stats(), "academy": refresh_academy_stats()}
