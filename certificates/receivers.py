"""Completion → certificate, queued once the completion is committed."""

from functools import partial

from django.db import transaction


def on_course_completed(sender, enrolment, **kwargs):
    from .services import template_for_course
    from .tasks import issue_course_certificate

    if template_for_course(enrolment.course_key) is None:
        return
    transaction.on_commit(partial(issue_course_certificate.delay, enrolment.pk))
