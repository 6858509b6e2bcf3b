"""The hook other apps listen to.

``course_completed`` is sent once, inside the transaction that records the
completion, with ``enrolment``. Receivers that start background work
(certificates) queue it with ``transaction.on_commit``.
"""

from django.dispatch import Signal

course_completed = Signal()
