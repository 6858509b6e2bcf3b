"""Drawing and scoring test questions, on the server only.

An attempt stores what was drawn: ``[{"id": question_id, "options": [...]}]``
with option (or pair) ids in the order shown. Answers are checked against
exactly that: an option that was not offered is a tampered submission and is
refused as a whole.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _


class TamperedSubmission(Exception):
    pass


def _items(value, name):
    return [(child.id, child.value) for child in value[name].bound_blocks]


def questions_by_id(assessment):
    return {block.id: block for block in assessment.questions}


def draw_questions(assessment, rng, seen=()):
    """The questions of a new attempt. A retake draws first from the questions
    not asked in the learner's earlier attempts (``seen``: their ids), and
    only when those run out tops up from the rest, so with a pool of twice
    the drawn count the second attempt asks none of the first's questions."""
    blocks = list(assessment.questions)
    count = assessment.draw_count
    if count and count < len(blocks):
        seen = set(seen)
        fresh = [block for block in blocks if block.id not in seen]
        asked = [block for block in blocks if block.id in seen]
        if len(fresh) >= count:
            blocks = rng.sample(fresh, count)
        else:
            blocks = fresh + rng.sample(asked, count - len(fresh))
            rng.shuffle(blocks)
    drawn = []
    for block in blocks:
        entry = {"id": block.id, "options": []}
        if block.block_type in {"single", "multiple"}:
            entry["options"] = [item_id for item_id, _value in _items(block.value, "options")]
        elif block.block_type == "matching":
            entry["options"] = [item_id for item_id, _value in _items(block.value, "pairs")]
            entry["right"] = list(entry["options"])
            rng.shuffle(entry["right"])
        if assessment.shuffle_options and block.block_type in {"single", "multiple"}:
            rng.shuffle(entry["options"])
        drawn.append(entry)
    return drawn


def answer_key(assessment, drawn):
    """The submission that scores 100% for the questions drawn in an attempt
    (used by the demo seed, the benchmarks and the tests)."""
    blocks = questions_by_id(assessment)
    answers = {}
    for entry in drawn:
        block = blocks[entry["id"]]
        if block.block_type in {"single", "multiple"}:
            right = [c.id for c in block.value["options"].bound_blocks if c.value["correct"]]
            answers[entry["id"]] = right[0] if block.block_type == "single" else right
        elif block.block_type == "true_false":
            answers[entry["id"]] = "true" if block.value["answer"] else "false"
        else:
            answers[entry["id"]] = {pair: pair for pair in entry["options"]}
    return answers


def score_attempt(assessment, drawn, answers):
    """Return ``(score percent, checked answers)``; raise on tampering."""
    from .services import LearningError

    blocks = questions_by_id(assessment)
    offered = {entry["id"]: entry for entry in drawn}
    unknown = set(answers) - set(offered)
    if unknown:
        raise LearningError(_("The submission names a question that was not asked."))
    checked, correct = {}, 0
    for question_id, entry in offered.items():
        block = blocks.get(question_id)
        if block is None:
            # The question was removed after the attempt began: count it as right.
            correct += 1
            continue
        answer = answers.get(question_id)
        try:
            ok = _check(block, entry, answer)
        except TamperedSubmission as error:
            raise LearningError(
                _("The submission names an option that was not offered.")
            ) from error
        checked[question_id] = {"answer": answer, "correct": ok}
        correct += ok
    total = len(offered) or 1
    score = (Decimal(correct) * 100 / total).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return score, checked


def _check(block, entry, answer):
    kind, value = block.block_type, block.value
    if answer in (None, "", [], {}):
        return False
    if kind == "single":
        if not isinstance(answer, str) or answer not in entry["options"]:
            raise TamperedSubmission
        return dict(_items(value, "options"))[answer]["correct"]
    if kind == "multiple":
        chosen = set(answer) if isinstance(answer, list) else None
        if not chosen or not chosen <= set(entry["options"]):
            raise TamperedSubmission
        right = {item_id for item_id, item in _items(value, "options") if item["correct"]}
        return chosen == right
    if kind == "true_false":
        if answer not in {"true", "false"}:
            raise TamperedSubmission
        return (answer == "true") == bool(value["answer"])
    if kind == "matching":
        pairs = set(entry["options"])
        if not isinstance(answer, dict) or not set(answer) <= pairs:
            raise TamperedSubmission
        if not set(answer.values()) <= pairs:
            raise TamperedSubmission
        return len(answer) == len(pairs) and all(left == right for left, right in answer.items())
    raise TamperedSubmission
