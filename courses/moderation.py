"""The hours rule in moderation: what the approval task refuses, and what the
moderator who acted is told.

Wagtail's workflow views call a task's ``on_action`` without the request, so
the task cannot add messages; it returns the address of
``admin_views.moderation_outcome`` (the workflow action view redirects to
what ``on_action`` returns), which tells the moderator and goes on to the
page's editor. The page editor's own approve button ignores that address:
the ``after_edit_page`` hook tells the moderator there.
"""

from django.contrib import messages
from django.urls import reverse
from wagtail.models import Page, TaskState

from . import publishing


def _verdict(task_state):
    """The rule for the revision a finished workflow would publish: the
    latest (``wagtail.workflows.publish_workflow_state``)."""
    obj = task_state.workflow_state.content_object
    if not isinstance(obj, Page):
        return publishing.Verdict()
    return publishing.verdict(obj.get_latest_revision_as_object())


def refusal(task_state):
    return _verdict(task_state).refusal


def outcome_url(task_state):
    return reverse("courses_moderation_outcome", args=[task_state.pk])


def tell(request, task_state):
    """Messages for the moderator who just acted on ``task_state``: the
    refusal (the comment the task left) or the warnings of the approval."""
    if task_state.status == TaskState.STATUS_REJECTED:
        messages.error(request, task_state.comment)
    elif task_state.status == TaskState.STATUS_APPROVED:
        for warning in _verdict(task_state).warnings:
            messages.warning(request, warning)
