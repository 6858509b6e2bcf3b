"""Moderation that keeps the hours rule.

Wagtail calls the ``before_publish_page`` hook in its page editor only: a
revision approved at the last task of a moderation workflow is published by
the workflow itself (``WorkflowState.finish``), unchecked. This task type is
Wagtail's group approval with the hours rule of the editor
(``courses.publishing.verdict``) applied when a moderator approves.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class HoursApprovalTask(AbstractGroupApprovalTask):
    """Members of the chosen groups approve; an approval that would publish
    hours that do not add up requests changes instead, with the refusal as
    its comment, so the submitter reads both figures in the page's history
    and in the notification Wagtail sends."""

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # Imported here: publishing reads the page models this package defines.
        from courses import moderation

        if action_name != "approve":
            return super().on_action(task_state, user, action_name, **kwargs)
        refusal = moderation.refusal(task_state)
        if refusal:
            comment = "\n\n".join(filter(None, [refusal, kwargs.get("comment", "")]))
            task_state.reject(user=user, comment=comment)
        else:
            super().on_action(task_state, user, action_name, **kwargs)
        return moderation.outcome_url(task_state)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; an approval that would publish a course "
            "whose hours do not add up requests changes instead."
        )

    class Meta:
        verbose_name = _("Group approval with the hours check")
        verbose_name_plural = _("Group approvals with the hours check")
