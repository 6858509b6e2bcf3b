"""Reach by channel for the coordinator: how many registrants of some
sessions had a letter or a message, by e-mail, Telegram and SMS, and how
many messages failed. Two queries whatever the number of sessions."""

from django.db.models import Count, Q

from .channels import Channel
from .models import Delivery

# A registration had a letter when any of its letters was claimed and sent.
LETTER_SENT = (
    Q(confirmation_sent_at__isnull=False)
    | Q(waitlist_sent_at__isnull=False)
    | Q(moved_up_sent_at__isnull=False)
    | Q(cancellation_sent_at__isnull=False)
    | Q(reminder_24h_sent_at__isnull=False)
    | Q(reminder_1h_sent_at__isnull=False)
    | Q(change_notified__gt=0)
)


def by_channel(sessions):
    """``{"registrants": n, "rows": [{"channel", "label", "reached", "failed"}]}``
    for the registrations (walk-ins without an e-mail left out) of ``sessions``."""
    from academy.models import Registration

    ids = sessions.values("pk")
    letters = (
        Registration.objects.filter(session__in=ids)
        .exclude(email="")
        .aggregate(registrants=Count("pk"), reached=Count("pk", filter=LETTER_SENT))
    )
    messages = {
        row["channel"]: row
        for row in Delivery.objects.filter(registration__session__in=ids)
        .values("channel")
        .annotate(
            reached=Count("registration", distinct=True, filter=Q(status=Delivery.Status.SENT)),
            failed=Count("pk", filter=Q(status=Delivery.Status.FAILED)),
        )
    }
    rows = [
        {
            "channel": Channel.EMAIL.value,
            "label": Channel.EMAIL.label,
            "reached": letters["reached"],
            "failed": None,  # the mail server's bounces are not seen here
        }
    ]
    for channel in (Channel.TELEGRAM, Channel.SMS):
        found = messages.get(channel.value, {})
        rows.append(
            {
                "channel": channel.value,
                "label": channel.label,
                "reached": found.get("reached", 0),
                "failed": found.get("failed", 0),
            }
        )
    return {"registrants": letters["registrants"], "rows": rows}
