"""placeholder, replaced by wt-sms: the wording of messages by kind and channel.

``compose(kind, context, channel)`` in the active language; the final texts
(and SMS lengths) come from the wt-sms branch.
"""

from django.utils.translation import gettext as _

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


def compose(kind, context, channel):
    if kind not in KINDS:
        raise ValueError(kind)
    heads = {
        "confirmed": _("You are registered: %(title)s, %(when)s"),
        "waitlisted": _("You are on the waiting list: %(title)s"),
        "moved_up": _("A seat is now yours: %(title)s, %(when)s"),
        "changed": _("Changed: %(title)s is now on %(when)s"),
        "cancelled": _("Cancelled: %(title)s, %(when)s"),
        "reminder_24h": _("Reminder: %(title)s, %(when)s"),
        "reminder_1h": _("Starting soon: %(title)s at %(time)s"),
        "certificate_ready": _("Your certificate is ready: %(certificate_url)s"),
    }
    values = {key: context.get(key, "") for key in ("title", "when", "time", "certificate_url")}
    lines = [heads[kind] % values]
    link = context.get("join_url") or context.get("session_url")
    if link and kind not in ("cancelled", "certificate_ready"):
        lines.append(link)
    lines.append(_("If a child is in danger, call 111: free, day and night."))
    return "\n".join(lines)
