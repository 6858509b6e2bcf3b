"""What a person reads in a letter: its subject, its text and HTML parts,
and the words of an attached calendar event, without links and addresses,
and the English words left in it (brand names allowed)."""

import re
from html import unescape

from icalendar import Calendar

from tests.i18n.test_languages import english_words

CALENDAR_TEXT = ("SUMMARY", "DESCRIPTION", "LOCATION")


def readable_text(message):
    parts = [message.subject, message.body]
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype == "text/html":
            content = unescape(re.sub(r"<[^>]+>", " ", content))
        parts.append(content)
    for _name, content, mimetype in message.attachments:
        if mimetype.startswith("text/calendar"):
            for event in Calendar.from_ical(content).events:
                parts += [str(event[key]) for key in CALENDAR_TEXT if key in event]
    text = " ".join(parts)
    text = re.sub(r"https?://\S+", " ", text)
    return re.sub(r"\S+@\S+", " ", text)


def english_in(message):
    return english_words(readable_text(message))
