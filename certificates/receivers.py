"""Completion → certificate, queued once the completion is committed (and,
should the broker not take it, by ``tasks.issue_missing_certificates``)."""

from lms import enqueue


def on_course_completed(sender, enrolment, **kwargs):
    from .services import template_for_course
    from .tasks import issue_course_certificate

    if template_for_course(enrolment.course_key) is None:
        return
    enqueue.on_commit(issue_course_certificate, enrolment.pk)
