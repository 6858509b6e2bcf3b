"""Letters to registrants, in the registrant's language.

Pure composition and sending; *whether* to send (once, to whom) is decided
by ``academy.tasks``. Confirmations carry the event as an ``.ics`` file; a
cancellation carries the same event marked cancelled, so a calendar that
took the first one removes it.
"""

from urllib.parse import urlparse

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.dates import show_datetime, show_time

from . import ics, programme, tokens

KINDS = (
    "confirmed",
    "waitlisted",
    "moved_up",
    "changed",
    "cancelled",
    "reminder_24h",
    "reminder_1h",
)
WITH_CALENDAR = ("confirmed", "moved_up", "changed", "cancelled")
# Letters that offer the Telegram bot (a one-time deep link), when there is one.
WITH_TELEGRAM_LINK = ("confirmed", "waitlisted", "moved_up")


def absolute(path):
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL.rstrip("/") + path


def event_uid(session):
    """The same in every letter and download, so calendars update one event."""
    host = urlparse(settings.SITE_URL).hostname or "bilim"
    return f"academy-session-{session.pk}@{host}"


def subject(kind, context):
    subjects = {
        "confirmed": _("You are registered: %(title)s, %(when)s"),
        "waitlisted": _("You are on the waiting list: %(title)s"),
        "moved_up": _("A seat is now yours: %(title)s, %(when)s"),
        "changed": _("Changed: %(title)s is now on %(when)s"),
        "cancelled": _("Cancelled: %(title)s, %(when)s"),
        "reminder_24h": _("Reminder: %(title)s, %(when)s"),
        "reminder_1h": _("Starting soon: %(title)s at %(time)s"),
    }
    return subjects[kind] % context


def letter_context(registration):
    """Everything a letter says, in the active language."""
    from .services import waitlist_position

    session = registration.session
    title = programme.topic_titles([session.topic_key]).get(session.topic_key) or str(
        session.topic or ""
    )
    start, end = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
    topic = programme.topic_page(session.topic_key)
    return {
        "registration": registration,
        "session": session,
        "title": title,
        "school": session.school.name,
        "when": f"{show_datetime(start)}–{show_time(end)}",
        "time": show_time(start),
        "position": waitlist_position(registration),
        "session_url": absolute(reverse("academy:session", args=[session.pk])),
        "join_url": absolute(reverse("academy:join", args=[tokens.join_token(registration)]))
        if session.is_online
        else "",
        "manage_url": absolute(
            reverse("academy:registrations", args=[tokens.manage_token(registration.email)])
        ),
        "topic_url": absolute(topic.url) if topic and topic.url else "",
        "site_name": _("Bilim"),
    }


def calendar_for(registration, context, cancelled=False):
    """The event for the registrant's calendar, in the letter's language.

    Calendars are shared, synced and published, so the event carries no link
    that acts for the registrant: the signed link to manage registrations
    stays in the letter. The join link only records a join and leads to the
    meeting (``views.public.join``)."""
    session = registration.session
    place = ", ".join(part for part in (session.room, context["school"]) if part)
    lines = [context["title"]]
    if session.facilitator:
        lines.append(_("Facilitator: %(name)s") % {"name": session.facilitator})
    # A webinar's join link lets its holder into the room as the registrant
    # (their minutes count): the calendar gets the session page instead, where
    # only the registrant is shown the way in.
    join_url = "" if cancelled or session.on_webinar else context["join_url"]
    if join_url:
        lines.append(_("Join online: %(url)s") % {"url": join_url})
    lines.append(_("Session page: %(url)s") % {"url": context["session_url"]})
    return ics.calendar(
        uid=event_uid(session),
        start=session.starts_at,
        end=session.ends_at,
        summary=" · ".join((context["title"], _("Parents' Academy"))),
        description="\n".join(lines),
        location=place if session.is_in_person else "",
        url=join_url or context["session_url"],
        sequence=session.sequence,
        cancelled=cancelled,
    )


def send(registration, kind):
    message(registration, kind).send()


def message(registration, kind):
    """The letter, ready to send: everything it needs is read here, so that
    sending it touches no database (``tasks.send_notice`` claims in between)."""
    if kind not in KINDS:
        raise ValueError(kind)
    from messaging.links import letter_link

    with translation.override(registration.language or settings.LANGUAGE_CODE):
        context = {**letter_context(registration), "kind": kind}
        if kind in WITH_TELEGRAM_LINK:
            context["telegram_url"] = letter_link(registration)
        letter = EmailMessage(
            subject=subject(kind, context),
            body=render_to_string("academy/email/letter.txt", context),
            to=[registration.email],
        )
        # Someone still waiting for a seat has no event in their calendar to update.
        if kind in WITH_CALENDAR and (kind != "changed" or registration.is_confirmed):
            letter.attach(
                "session.ics",
                calendar_for(registration, context, cancelled=kind == "cancelled"),
                "text/calendar; charset=utf-8; method=PUBLISH",
            )
    return letter
