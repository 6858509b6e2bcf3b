"""Moving learners to the current edition of a course, with a letter.

Learners keep the edition they enrolled in (``courses.editions``). When a
methodologist decides that those who have not finished should study the
course as it is now (a lesson was corrected, a required test added), they
move them here: each learner's progress is kept (what they did stays done
and counts with the new edition's hours), the move is recorded, and each
learner gets a letter in their language after the transaction commits
(``courses.tasks.send_edition_notices``). Completed enrolments are never
moved: their certificates name their edition's hours.
"""

from django.db import transaction
from django.utils import timezone

from ..editions import current_edition, learner_outline
from ..models import EditionMove, Enrolment
from ..outline import get_outline
from .pace import settle

LETTERS_PER_TASK = 200


@transaction.atomic
def move_to_current(course, by, from_number=None, note="", now=None):
    """Move the learners of ``course`` who have not completed it, from
    edition ``from_number`` (any older edition if None), to the current
    edition. Returns the number moved."""
    now = now or timezone.now()
    edition = current_edition(course)
    enrolments = (
        Enrolment.objects.select_for_update()
        .filter(course_key=course.translation_key, completed_at__isnull=True)
        .exclude(edition=edition)
        .order_by("pk")
    )
    if from_number is not None:
        enrolments = enrolments.filter(edition__number=from_number)
    outline = get_outline(course)
    moves = []
    for enrolment in enrolments:
        previous = enrolment.edition_id
        enrolment.edition = edition
        # Progress kept: what was done counts with the new edition's hours,
        # and the course completes now if nothing more is asked.
        settle(enrolment, learner_outline(outline, enrolment), now, ["edition"])
        moves.append(
            EditionMove(
                enrolment=enrolment,
                from_edition_id=previous,
                to_edition=edition,
                moved_by=by,
                moved_at=now,
                note=note.strip(),
            )
        )
    EditionMove.objects.bulk_create(moves)
    ids = [move.pk for move in moves]

    def send_letters():
        from ..tasks import send_edition_notices

        for start in range(0, len(ids), LETTERS_PER_TASK):
            send_edition_notices.delay(ids[start : start + LETTERS_PER_TASK])

    transaction.on_commit(send_letters)
    return len(moves)
