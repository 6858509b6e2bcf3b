"""What a Telegram message or an SMS about a Parents' Academy session says.

``compose(kind, context, channel)`` renders in the active language; the
caller wraps it in ``translation.override(<the person's language>)``, as the
e-mail letters do (``academy.emails``). Every sentence is one msgid with
named placeholders, so a translation puts the title and time where its
grammar wants them; lines are whole sentences or "label: value" pairs.

Telegram: plain text (sent without parse_mode, so nothing in a title can
break it), a few lines: what happened, when, where, the links, and the help
line every page carries.

SMS: one part where it can be: 70 characters once a text has a Kazakh or
Russian letter (UCS-2; ``messaging.sms.parts``). An SMS says what, when and
where, in that order of importance: its headline (what happened, the title,
the date and start time) always; then, while they still fit in the part, a
short link (``MAX_SMS_URL``) where it is the thing to act on (the join link
an hour before, the certificate), the school on a line of its own, and a
short help line (only beside the whole title: it is the first to go). The
title is shortened at a word, with "…", to fit, but not below
``MIN_TITLE_BESIDE_EXTRAS`` characters to make room for an extra line, nor
below ``MIN_TITLE`` at all: a title cut shorter says nothing, so such a text
goes in two parts rather than lose its meaning. The date loses its year and
the end time (``07.12.2026, 14:30–16:00`` reads ``07.12, 14:30``); an English
text is written in the GSM alphabet (plain quotes and dashes) so it gets
160 characters. Long links (the signed ones to join or manage registrations,
the session page) never go by SMS: the e-mail and Telegram carry them.
"""

import re

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from messaging.sms import parts

KINDS = (
    "confirmed",
    "waitlisted",
    "moved_up",
    "changed",
    "cancelled",
    "reminder_24h",
    "reminder_1h",
    "certificate_ready",
)
TELEGRAM, SMS = "telegram", "sms"
CHANNELS = (TELEGRAM, SMS)
KEYS = ("title", "when", "time", "school", "position")
KEYS += ("session_url", "join_url", "manage_url", "certificate_url")
MIN_TITLE = 16
MIN_TITLE_BESIDE_EXTRAS = 20
MAX_SMS_URL = 32  # a short link (a certificate's check address) goes; a signed one does not

HELP = _("If a child is in danger, call 111: free, day and night.")

# What happened, when a text lacks the values its own headline needs.
GENERIC = {
    "confirmed": _("You are registered for a Parents' Academy session."),
    "waitlisted": _("The Parents' Academy session is full: you are on the waiting list."),
    "moved_up": _("A seat has freed up: you are registered for a Parents' Academy session."),
    "changed": _("The school has changed your Parents' Academy session."),
    "cancelled": _("Your Parents' Academy session has been cancelled."),
    "reminder_24h": _("A reminder: your Parents' Academy session is coming up."),
    "reminder_1h": _("Your Parents' Academy session starts soon."),
    "certificate_ready": _("Your Parents' Academy certificate is ready."),
}

# Headlines, richest first, each with the context keys it needs.
TELEGRAM_HEADLINES = {
    "confirmed": [(_("You are registered for “%(title)s”."), ("title",))],
    "waitlisted": [
        (
            _(
                "“%(title)s” is full: you are number %(position)s on the waiting list. "
                "If a seat frees up, it is yours and we will write to you."
            ),
            ("title", "position"),
        ),
        (
            _(
                "“%(title)s” is full: you are on the waiting list. "
                "If a seat frees up, it is yours and we will write to you."
            ),
            ("title",),
        ),
    ],
    "moved_up": [
        (_("A seat has freed up and it is yours: you are registered for “%(title)s”."), ("title",))
    ],
    "changed": [(_("The school has changed “%(title)s”. The new details:"), ("title",))],
    "cancelled": [
        (_("“%(title)s” has been cancelled. The school will offer another date."), ("title",))
    ],
    "reminder_24h": [(_("A reminder: “%(title)s” is coming up."), ("title",))],
    "reminder_1h": [
        (_("“%(title)s” starts soon, at %(time)s."), ("title", "time")),
        (_("“%(title)s” starts soon."), ("title",)),
    ],
    "certificate_ready": [(_("Your certificate is ready: %(title)s."), ("title",))],
}

# The lines under a Telegram headline, in order, each shown when its value is there.
TELEGRAM_LINES = {
    "when": _("When: %(when)s"),
    "school": _("School: %(school)s"),
    "join_url": _("Join online: %(url)s"),
    "session_url": _("Session page: %(url)s"),
    "manage_url": _("See or cancel your registrations: %(url)s"),
    "certificate_url": _("Download the certificate: %(url)s"),
}
_SESSION = ("when", "school", "join_url", "session_url", "manage_url")
TELEGRAM_DETAILS = {
    "confirmed": _SESSION,
    "waitlisted": ("when", "school", "manage_url"),
    "moved_up": _SESSION,
    "changed": _SESSION,
    "cancelled": ("when", "school", "manage_url"),
    "reminder_24h": _SESSION,
    "reminder_1h": ("school", "join_url", "session_url"),
    "certificate_ready": ("certificate_url",),
}

# The first line of an SMS (context "sms"): one part of 70 characters holds it with the title.
SMS_HEADLINES = {
    # Translators: an SMS (all "sms" strings): as short as it can be, 70 characters with the title.
    "confirmed": [(pgettext_lazy("sms", 'Registered: "%(title)s", %(when)s'), ("title", "when"))],
    "waitlisted": [
        (
            pgettext_lazy("sms", 'Waiting list, No. %(position)s: "%(title)s"'),
            ("title", "position"),
        ),
        (pgettext_lazy("sms", 'Waiting list: "%(title)s"'), ("title",)),
    ],
    "moved_up": [
        (pgettext_lazy("sms", 'A seat is yours: "%(title)s", %(when)s'), ("title", "when"))
    ],
    "changed": [(pgettext_lazy("sms", 'Changed: "%(title)s", now %(when)s'), ("title", "when"))],
    "cancelled": [(pgettext_lazy("sms", 'Cancelled: "%(title)s", %(when)s'), ("title", "when"))],
    "reminder_24h": [(pgettext_lazy("sms", 'Reminder: "%(title)s", %(when)s'), ("title", "when"))],
    "reminder_1h": [(pgettext_lazy("sms", 'Today at %(time)s: "%(title)s"'), ("title", "time"))],
    "certificate_ready": [(pgettext_lazy("sms", 'Certificate ready: "%(title)s"'), ("title",))],
}
# Translators: the last line of an SMS, when it fits: keep it as short as you can.
SMS_HELP = pgettext_lazy("sms", "Child in danger? Call 111")
# The lines an SMS may add under its headline, most wanted first.
SMS_EXTRAS = dict.fromkeys(KINDS, ("school", "help"))
SMS_EXTRAS |= {
    "waitlisted": ("help",),
    "reminder_1h": ("join_url", "school", "help"),
    "certificate_ready": ("certificate_url", "help"),
}

# Typography the GSM alphabet lacks, and what it becomes in a text that has nothing else outside it.
GSM_PLAIN = str.maketrans(
    {"–": "-", "—": "-", "“": '"', "”": '"', "«": '"', "»": '"', "’": "'", "…": "...", "\xa0": " "}
)


def compose(kind, context, channel):
    """The text of a ``kind`` message for ``channel`` (``"telegram"`` or ``"sms"``),
    in the active language. ``context`` holds strings (any may be empty or
    missing): title, when, time, school, position, session_url, join_url (give
    it only to someone with a seat), manage_url, certificate_url."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    values = {key: str(context.get(key) or "").strip() for key in KEYS}
    if channel == TELEGRAM:
        return _telegram(kind, values)
    return _sms(kind, values)


def _headline(options, kind, values):
    for template, keys in options[kind]:
        if all(values[key] for key in keys):
            return str(template), keys
    return str(GENERIC[kind]), ()


def _telegram(kind, values):
    template, _keys = _headline(TELEGRAM_HEADLINES, kind, values)
    lines = [template % values]
    for key in TELEGRAM_DETAILS[kind]:
        if values[key]:
            lines.append(str(TELEGRAM_LINES[key]) % {**values, "url": values[key]})
    return "\n".join([*lines, "", str(HELP)])


def _sms(kind, values):
    values = {**values, "when": brief_when(values["when"])}
    template, keys = _headline(SMS_HEADLINES, kind, values)
    title = values["title"] if "title" in keys else ""
    chosen, minimum = [], MIN_TITLE
    for key in SMS_EXTRAS[kind]:
        extra = _extra(key, values)
        # The help line only beside the whole title; the others beside a readable one.
        needs = len(title) if key == "help" else max(minimum, MIN_TITLE_BESIDE_EXTRAS)
        if extra and _fit(template, values, title, [*chosen, extra], needs):
            chosen, minimum = [*chosen, extra], needs
    # Nothing fits one part even with the title cut to the minimum: two parts, title whole.
    return _fit(template, values, title, chosen, minimum) or _plain(template % values)


def _extra(key, values):
    if key == "help":
        return str(SMS_HELP)
    if key.endswith("_url") and len(values[key]) > MAX_SMS_URL:
        return ""
    return values[key]


def _fit(template, values, title, extras, minimum):
    """The text with the longest title, not cut under ``minimum`` characters,
    that fits in one part, or None."""
    for length in range(len(title), -1, -1):
        shortened = shorten(title, length)
        if len(shortened) < min(minimum, len(title)):
            return None
        text = _plain("\n".join([template % {**values, "title": shortened}, *extras]))
        if parts.count(text) == 1:
            return text
    return None


def shorten(title, length):
    """``title`` in at most ``length`` characters, ending in "…", cut after a
    word where one ends near (and not after a one- or two-letter word: "о", "с")."""
    if len(title) <= length:
        return title
    if length < 2:
        return "…"[:length]
    cut = title[: length - 1]
    words = cut[: cut.rfind(" ")].split(" ") if cut.rfind(" ") >= length // 2 else [cut]
    while len(words) > 1 and len(words[-1].strip(",.;:-–")) <= 2:
        words.pop()
    return " ".join(words).rstrip(" ,.;:-–") + "…"


def brief_when(when):
    """The date and start without the year of a dd.mm.yyyy date and the end time."""
    when = re.sub(r"\s*[–—-]\s*\d{1,2}:\d{2}\s*$", "", when)
    return re.sub(r"\b(\d{1,2}\.\d{1,2})\.\d{4}\b", r"\1", when)


def _plain(text):
    plain = text.translate(GSM_PLAIN)
    return plain if parts.encoding(plain) == parts.GSM7 else text
