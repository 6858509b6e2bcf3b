"""Evidence of video actually played: the lesson page reports the stretches
each of its videos has played; the server keeps their union per learner,
lesson and video (``VideoProgress``), credits a report at most the wall-clock
time since the previous one (or since the page was served) and never beyond
the video's duration, and holds the lesson back until each required video is
watched (``courses.playback.WATCHED_PERCENT``)."""

import math
from typing import NamedTuple

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import playback
from ..models import LessonPage, LessonProgress, VideoProgress
from .enrolment import LearningError


class Video(NamedTuple):
    """A video block of a lesson that the server measures: it has a duration."""

    block_id: str
    duration: int
    required: bool
    title: str


def videos_of(lesson):
    """The lesson's video blocks with a duration, in page order."""
    return [
        Video(block.id, value["duration"], bool(value.get("required")), value.get("caption") or "")
        for block in lesson.body
        if block.block_type == "video_file" and (value := block.value).get("duration")
    ]


def required_videos(lesson):
    return [video for video in videos_of(lesson) if video.required]


def required_seconds(lesson):
    """What the lesson's required videos must have played, in seconds: the
    evidence they give (``courses.policy``)."""
    return sum(playback.needed_seconds(video.duration) for video in required_videos(lesson))


class Watched(NamedTuple):
    video: Video
    seconds: float

    @property
    def needed(self):
        return playback.needed_seconds(self.video.duration)

    @property
    def enough(self):
        return self.seconds >= self.needed

    @property
    def percent(self):
        return playback.WATCHED_PERCENT

    @property
    def left(self):
        return max(0.0, self.needed - self.seconds)


def watched(progress, lesson):
    """How much of each of the lesson's videos the learner has played, in page order."""
    videos = videos_of(lesson)
    if not videos:
        return []
    seconds = {}
    if progress is not None and progress.pk:
        seconds = dict(
            VideoProgress.objects.filter(progress=progress).values_list(
                "block_id", "watched_seconds"
            )
        )
    return [Watched(video, seconds.get(video.block_id, 0.0)) for video in videos]


def lesson_of(progress_id, enrolment_id, language):
    """The live lesson of a progress row, in ``language`` where it has a
    translation in it (a video's block id is the same in every language)."""
    key = (
        LessonProgress.objects.filter(pk=progress_id, enrolment_id=enrolment_id)
        .values_list("lesson_key", flat=True)
        .first()
    )
    if key is None:
        return None
    pages = LessonPage.objects.live().filter(translation_key=key)
    return pages.filter(locale__language_code=language).first() or pages.first()


def record_playback(progress_id, enrolment_id, lesson, reported, served_at, now=None):
    """Credit the stretches ``reported`` (``{block id: [[start, end], …]}``)
    of the lesson's videos. Returns ``(watched, behind)``: the lesson's
    ``Watched`` list, and whether part of the report was held back for want
    of wall-clock time (the page reports it again later); None if there is
    no such progress row.

    The row lock on the lesson's progress serialises reports of the same
    lesson; together they may credit at most the time since the previous
    report of any of its videos, or since ``served_at`` (when the page
    carrying the token was served) for the first.
    """
    now = now or timezone.now()
    videos = {video.block_id: video for video in videos_of(lesson)}
    with transaction.atomic():
        progress = (
            LessonProgress.objects.select_for_update()
            .filter(pk=progress_id, enrolment_id=enrolment_id)
            .first()
        )
        if progress is None:
            return None
        rows = {row.block_id: row for row in VideoProgress.objects.filter(progress=progress)}
        since = max([served_at, *(row.reported_at for row in rows.values())])
        allowance = max(0.0, (now - since).total_seconds())
        behind = False
        for block_id, video in videos.items():
            stretches = playback.clean(reported.get(block_id), video.duration)
            if not stretches:
                continue
            row = rows.get(block_id) or VideoProgress(progress=progress, block_id=block_id)
            fresh = playback.new_parts(row.watched, stretches)
            credited = playback.take(fresh, allowance)
            allowance -= playback.length(credited)
            behind = behind or playback.length(credited) < playback.length(fresh)
            row.watched = playback.union(row.watched, credited)
            row.watched_seconds = playback.length(row.watched)
            row.reported_at = now
            row.save()
            rows[block_id] = row
    seconds = {block_id: row.watched_seconds for block_id, row in rows.items()}
    return [Watched(video, seconds.get(video.block_id, 0.0)) for video in videos.values()], behind


def refuse_unless_watched(progress, lesson):
    """Refuse to mark the lesson done while a required video is not watched
    enough; the message says how much is left to watch."""
    left = sum(item.left for item in watched(progress, lesson) if item.video.required)
    if left > 0:
        raise LearningError(
            _(
                "Watch the lesson's video first: %(left)s min is left to watch "
                "(at least %(percent)s%% of each video counts)."
            )
            % {"left": playback.clock(math.ceil(left)), "percent": playback.WATCHED_PERCENT}
        )
