"""Evidence of video actually played: per learner, lesson and video block,
the stretches of the video the server has credited (``courses.playback``).

A module of its own: the playback evidence is written only by
``courses.services.video`` and read by the lesson page and the completion
rule, apart from the lesson's other evidence in ``learning``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .learning import LessonProgress


class VideoProgress(models.Model):
    """The union of the seconds of one video a learner has played, as
    ``[[start, end], …]`` in the video's own time, sorted and disjoint, and
    its length. It only grows: the same stretch played again adds nothing."""

    progress = models.ForeignKey(LessonProgress, on_delete=models.CASCADE, related_name="videos")
    # The video's stream block id: the same in every translation of the lesson.
    block_id = models.CharField(max_length=64)
    watched = models.JSONField(_("watched stretches (s)"), default=list)
    watched_seconds = models.FloatField(_("seconds watched"), default=0)
    # Each report may credit at most the wall-clock time since the one before.
    reported_at = models.DateTimeField(_("last report"))

    class Meta:
        verbose_name = _("video progress")
        verbose_name_plural = _("video progress")
        constraints = [
            models.UniqueConstraint(fields=["progress", "block_id"], name="one_row_per_video"),
        ]

    def __str__(self):
        return f"{self.progress_id}: {self.block_id} ({self.watched_seconds:.0f} s)"
