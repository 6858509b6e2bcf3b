"""The outline as one learner sees it: each lesson and test done, current,
open or locked, and each module's progress, for the course page and the
lesson's module outline. Read from the outline and the enrolment's ``done``
keys only: no query.
"""

from dataclasses import dataclass, field

DONE = "done"
CURRENT = "current"  # the next thing to do
OPEN = "open"  # may be opened, not done, not the next
LOCKED = "locked"  # earlier required parts come first
NOT_IN_EDITION = "not-in-edition"  # published after the learner enrolled
PREVIEW = "preview"  # a visitor who is not enrolled


@dataclass(frozen=True)
class Step:
    item: object  # courses.outline.Item
    state: str
    number: int  # its place in its module (or among the final tests), from 1

    @property
    def linked(self):
        return self.state in (DONE, CURRENT, OPEN)


@dataclass
class ModuleView:
    key: str
    title: str
    hours: object
    steps: list = field(default_factory=list)

    @property
    def done_count(self):
        return sum(step.state == DONE for step in self.steps)

    @property
    def percent(self):
        return int(self.done_count * 100 / len(self.steps)) if self.steps else 0

    @property
    def has_current(self):
        return any(step.state == CURRENT for step in self.steps)

    @property
    def complete(self):
        return bool(self.steps) and self.done_count == len(self.steps)


def state_of(outline, item, done, current_key, enrolled):
    if not enrolled:
        return PREVIEW
    if item.key in done:
        return DONE
    if item.key in outline.not_in_edition:
        return NOT_IN_EDITION
    if not outline.unlocked(item.key, done):
        return LOCKED
    return CURRENT if item.key == current_key else OPEN


def current_key(outline, done):
    """The first lesson or test of the learner's edition not done yet."""
    item = outline.next_item(done)
    return item.key if item else None


def learner_modules(outline, done, enrolled):
    """``(modules, final steps)``: every module with its steps, and the
    tests that belong to no module (the final test)."""
    done = set(done)
    current = current_key(outline, done) if enrolled else None
    by_key = {}
    modules = []
    for module in outline.modules:
        view = ModuleView(module.key, module.title, module.hours)
        by_key[module.key] = view
        modules.append(view)
    final = []
    for item in outline.items:
        holder = by_key[item.module_key].steps if item.module_key in by_key else final
        holder.append(Step(item, state_of(outline, item, done, current, enrolled), len(holder) + 1))
    return modules, final


def around(outline, key, done):
    """Where the lesson or test ``key`` sits, for its page: ``(module view or
    None, this step, previous item, next step)``."""
    modules, final = learner_modules(outline, done, enrolled=True)
    by_key = {step.item.key: step for module in modules for step in module.steps}
    by_key.update((step.item.key, step) for step in final)
    steps = [by_key[item.key] for item in outline.items]
    index = next(i for i, step in enumerate(steps) if step.item.key == key)
    module = next((m for m in modules if m.key == steps[index].item.module_key), None)
    previous = steps[index - 1].item if index > 0 else None
    following = steps[index + 1] if index + 1 < len(steps) else None
    return module, steps[index], previous, following
