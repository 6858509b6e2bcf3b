from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key)


@register.filter
def live_minutes(seconds):
    """Whole minutes of study in a ``<span data-minutes>``: the sentence around
    it comes from the catalogue, wherever the language puts the number, and
    static/js/heartbeat.js rewrites only the span."""
    try:
        minutes = int(seconds) // 60
    except (TypeError, ValueError):
        minutes = 0
    return format_html("<span data-minutes>{}</span>", minutes)


@register.filter
def academic_hours(hours):
    """``2.5`` → "2,5 академического часа" in Russian, and so on."""
    from courses.hours import academic_hours as words

    return words(hours)


@register.filter
def hours_number(hours):
    """The number of hours alone, in the active language's way (2,5)."""
    from courses.hours import hours_number as number

    return number(hours)


@register.filter
def live_clock(seconds):
    """Minutes and seconds of a video watched (``4:05``) in a ``<span
    data-watched>`` that static/js/video.js rewrites as the video plays."""
    from courses.playback import clock

    return format_html("<span data-watched>{}</span>", clock(seconds or 0))


@register.filter
def clock(seconds):
    """A video's length as minutes and seconds: ``12:30``."""
    from courses.playback import clock as minutes_and_seconds

    return minutes_and_seconds(seconds or 0)


@register.filter
def language_name(code):
    """A language's own name, as the language menu gives it: "Қазақша"."""
    from django.conf import settings

    return dict(settings.LANGUAGES).get(code, code)


@register.filter
def short_hours(hours):
    """``2.5`` → "2,5 сағ.": the one short form of hours in lists and tables."""
    from courses.hours import short_hours as short

    return short(hours)
