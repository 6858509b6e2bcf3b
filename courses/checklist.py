"""What a learner still has to do before a lesson can be marked as done, as
the lesson page lists it beside the completion button: the study time, each
required video, each practical task, each required live session. The rules
themselves are checked again in ``courses.services`` when the button is
pressed; this is what the page shows, from what the view has already read.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .models import PracticalSubmission
from .services.practical import task_name


@dataclass(frozen=True)
class Requirement:
    kind: str  # "task" or "live" (time and videos are drawn by their own includes)
    met: bool
    text: str


def task_requirements(page, tasks):
    """One line per practical task: ``tasks`` as the lesson view reads them
    (``{block id: {"number", "answer"}}``)."""
    lines = []
    blocks = {block.id: block for block in page.body if block.block_type == "practical_task"}
    for block_id, state in tasks.items():
        name = task_name(state["number"], blocks[block_id])
        answer = state["answer"]
        status = _("not answered yet") if answer is None else answer.get_status_display()
        accepted = answer is not None and answer.status == PracticalSubmission.Status.ACCEPTED
        lines.append(
            Requirement(
                "task", accepted, _("%(task)s: %(status)s") % {"task": name, "status": status}
            )
        )
    return lines


def live_requirements(live):
    """One line per required live session block: ``live`` as
    ``services.lesson_live_state`` gives it."""
    lines = []
    for state in live.values():
        if not state.block.required:
            continue
        attended = state.attended is not None
        if state.block.topic:
            text = (
                _("Live session “%(topic)s”: attended")
                if attended
                else _("Live session “%(topic)s”: not attended yet")
            ) % {"topic": state.block.topic}
        else:
            text = _("Live session: attended") if attended else _("Live session: not attended yet")
        lines.append(Requirement("live", attended, text))
    return lines
