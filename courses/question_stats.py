"""Per-question statistics of a test, for methodologists.

For each question of the pool: how many submitted attempts asked it, the
share answered right, and its discrimination: the share right among the
attempts in the top 27% by score minus the share right among the bottom 27%
(Kelley's upper-lower index). A question most people get wrong, or one that
strong and weak learners answer alike (index near 0 or below), is one to
rewrite. Attempts in every language count together: question ids survive
translation.
"""

from dataclasses import dataclass

from django.utils.html import strip_tags

from .models import Attempt

# The newest submitted attempts read: enough for stable shares, bounded time.
LATEST = 10_000
GROUP_SHARE = 0.27
# Fewer attempts than this in either group: no discrimination index is shown.
MIN_GROUP = 5


@dataclass
class QuestionStats:
    id: str
    kind: str
    text: str
    asked: int
    right: int
    discrimination: float | None

    @property
    def share_right(self):
        return self.right / self.asked if self.asked else None


def statistics(assessment):
    """``(attempts read, [QuestionStats in the pool's order])``."""
    rows = list(
        Attempt.objects.filter(
            assessment_key=assessment.translation_key, submitted_at__isnull=False
        )
        .order_by("-submitted_at")
        .values_list("score", "answers", "questions")[:LATEST]
    )
    # Each attempt's drawn ids as a set, once, instead of a scan per question.
    rows = sorted(
        (
            (score, answers, {entry["id"] for entry in questions})
            for score, answers, questions in rows
        ),
        key=lambda row: row[0],
    )
    size = int(len(rows) * GROUP_SHARE)
    lower, upper = rows[:size], rows[len(rows) - size :] if size else []
    result = []
    for block in assessment.questions:
        asked = right = 0
        for _score, answers, questions in rows:
            if block.id in questions:
                asked += 1
                right += bool(answers.get(block.id, {}).get("correct"))
        result.append(
            QuestionStats(
                id=block.id,
                kind=block.block_type,
                text=strip_tags(str(block.value["text"])).strip(),
                asked=asked,
                right=right,
                discrimination=_discrimination(block.id, upper, lower),
            )
        )
    return len(rows), result


def _discrimination(question_id, upper, lower):
    shares = []
    for group in (upper, lower):
        asked = [answers for _s, answers, questions in group if question_id in questions]
        if len(asked) < MIN_GROUP:
            return None
        shares.append(sum(bool(a.get(question_id, {}).get("correct")) for a in asked) / len(asked))
    return shares[0] - shares[1]
