"""Played stretches of a video, as the server keeps them: pure arithmetic on
``[[start, end], …]`` lists of seconds in the video's own time.

The page reports what its ``<video>`` element says was played
(``HTMLMediaElement.played``); nothing in a report is trusted beyond its
shape. The server clips it to the video's duration, merges it into what it
holds already (``union``), and credits only the part that is new
(``new_parts``), at most as much as wall-clock time allows (``take``).
"""

import math

# The share of a video that must have been played for it to count as watched:
# a learner may skip the last seconds of credits, or a player may stop a
# fraction short of the end.
WATCHED_PERCENT = 90
# What one report may carry, per video: played stretches are few (one per
# seek), so more is a forged report.
MAX_STRETCHES = 200


def needed_seconds(duration):
    return duration * WATCHED_PERCENT / 100


def clean(stretches, duration):
    """``stretches`` as sorted, disjoint, non-empty pairs within ``[0,
    duration]``; None if it is not a list of pairs of finite numbers."""
    if not isinstance(stretches, list) or len(stretches) > MAX_STRETCHES:
        return None
    pairs = []
    for pair in stretches:
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            return None
        if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in pair):
            return None
        if not all(math.isfinite(n) for n in pair):
            return None
        start, end = max(0.0, float(pair[0])), min(float(duration), float(pair[1]))
        if end > start:
            pairs.append([start, end])
    return union([], pairs)


def union(first, second):
    """The union of two stretch lists, sorted and merged where they overlap or touch."""
    merged = []
    for start, end in sorted([*first, *second]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def length(stretches):
    return sum(end - start for start, end in stretches)


def new_parts(held, reported):
    """The parts of ``reported`` not in ``held`` (both clean), in order."""
    parts = []
    for start, end in reported:
        for held_start, held_end in held:
            if held_end <= start or held_start >= end:
                continue
            if held_start > start:
                parts.append([start, held_start])
            start = max(start, held_end)
            if start >= end:
                break
        if end > start:
            parts.append([start, end])
    return parts


def take(parts, seconds):
    """The first ``seconds`` of ``parts``, earliest first."""
    taken = []
    for start, end in parts:
        if seconds <= 0:
            break
        end = min(end, start + seconds)
        taken.append([start, end])
        seconds -= end - start
    return taken


def clock(seconds):
    """Seconds as minutes and seconds, ``12:05``: the whole seconds watched
    (rounded down), so a video shows as fully watched only when it is."""
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"
