from celery import shared_task

from .stats import refresh_course_stats


@shared_task
def refresh_stats():
    """Run by Celery beat every few minutes; safe to run twice."""
    return refresh_course_stats()
