"""Reading the programme from the page tree, by translation key.

Sessions store keys, not pages, so every reader asks here for the page in
the language it needs, falling back to the source language.
"""

from django.conf import settings
from django.utils.translation import get_language

from .models import ProgrammePage, TopicPage


def current_language():
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def programme_for(key):
    """The programme with this translation key; its rules are the same in
    every language, so the source-language copy is read first."""
    pages = ProgrammePage.objects.filter(translation_key=key).select_related("locale")
    pages = sorted(pages, key=lambda page: page.locale.language_code != settings.LANGUAGE_CODE)
    return pages[0] if pages else None


def titles(model, keys, language=None):
    """``{translation_key: title}`` in ``language``, else in the source
    language; in the order of the page tree (the programme's order)."""
    language = language or current_language()
    rank = {language: 0, settings.LANGUAGE_CODE: 1}
    rows = (
        model.objects.filter(translation_key__in={key for key in keys if key})
        .order_by("path")
        .values_list("translation_key", "locale__language_code", "title")
    )
    best = {}
    for key, code, title in rows:
        order = rank.get(code, 2)
        if key not in best or order < best[key][0]:
            best[key] = (order, title)
    return {key: title for key, (_order, title) in best.items()}


def topic_titles(keys, language=None):
    return titles(TopicPage, keys, language)


def programme_titles(key):
    """``{language: title}`` of a programme, for the certificate."""
    return dict(
        ProgrammePage.objects.filter(translation_key=key).values_list(
            "locale__language_code", "title"
        )
    )


def topic_page(key, language=None):
    """The live topic page in ``language`` (for links), else any live one."""
    language = language or current_language()
    pages = TopicPage.objects.filter(translation_key=key).live().select_related("locale")
    pages = sorted(pages, key=lambda page: page.locale.language_code != language)
    return pages[0] if pages else None


def topic_choices(language=None):
    """``[(key, title)]`` of every live topic in the source language, titled
    in ``language`` where translated, in the programme's order."""
    sources = (
        TopicPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .defer_streamfields()
        .order_by("path")
    )
    sources = list(sources)
    names = topic_titles([page.translation_key for page in sources], language)
    return [
        (str(page.translation_key), names.get(page.translation_key, page.title)) for page in sources
    ]


def source_topic(key):
    return (
        TopicPage.objects.filter(
            translation_key=key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        or TopicPage.objects.filter(translation_key=key).first()
    )


def label_sessions(sessions, language=None):
    """Set ``session.title`` on each session: its topic in ``language``."""
    sessions = list(sessions)
    names = topic_titles([session.topic_key for session in sessions], language)
    for session in sessions:
        session.title = names.get(session.topic_key) or (
            session.topic.title if session.topic_id else ""
        )
    return sessions
