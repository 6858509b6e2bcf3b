"""Sending one row of the delivery log, once.

The row is claimed first with a conditional UPDATE (``queued``/``held`` whose
time has come, to ``sending``): of two workers or two beats, one claims it
and the other sends nothing. Then the provider is called, and the row says
what came of it. A passing failure puts it back to ``queued`` with
``not_before`` (Telegram's ``retry_after``, else a growing pause) for the
task's retry, or the sweep, to send; after ``MESSAGING_MAX_ATTEMPTS`` it is
``failed``. A row left in ``sending`` by a worker killed mid-call stays so:
better one message lost, and seen in the log, than sent twice.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from . import people, quiet, relevance
from .channels import Channel
from .errors import Permanent, Transient
from .models import Delivery

Status = Delivery.Status
CLAIMABLE = (Status.QUEUED, Status.HELD)


def backoff(attempts):
    return min(600, 10 * 2 ** max(0, attempts - 1))


def _provider_send(delivery):
    if delivery.channel == Channel.TELEGRAM:
        from .telegram import client

        try:
            chat_id = int(delivery.contact.address)
        except ValueError:
            raise Permanent("not a Telegram chat id") from None
        return client.send_message(chat_id, delivery.text)
    if delivery.channel == Channel.SMS:
        from . import sms

        return sms.provider().send(delivery.contact.address, delivery.text)
    raise Permanent(f"no sender for {delivery.channel}")


def why_not(delivery, now):
    """The reason this row must not go now, or ""."""
    contact = delivery.contact
    if contact is None or not contact.is_live:
        return "no live contact"
    if contact.verified_at is None:
        return "not proved"
    person = people.Person(user=delivery.user, email=delivery.email)
    if not people.consented(person, delivery.channel):
        return "no consent"
    if not relevance.applies(delivery, now):
        return "no longer applies"
    return ""


def _update(delivery_id, status_in, **fields):
    return Delivery.objects.filter(pk=delivery_id, status__in=status_in).update(**fields)


def send(delivery_id, now=None):
    """Send the row if it can be claimed. Returns what happened: "sent",
    "held", "skipped", "failed", "not claimed", or ``("retry", seconds)``."""
    now = now or timezone.now()
    delivery = Delivery.objects.select_related("contact", "user").filter(pk=delivery_id).first()
    if delivery is None or delivery.status not in CLAIMABLE:
        return "not claimed"
    if quiet.is_quiet(now):
        _update(delivery_id, CLAIMABLE, status=Status.HELD, not_before=quiet.open_at(now))
        return "held"
    reason = why_not(delivery, now)
    if reason:
        _update(delivery_id, CLAIMABLE, status=Status.SKIPPED, reason=reason)
        return "skipped"
    claimed = (
        Delivery.objects.filter(pk=delivery_id, status__in=CLAIMABLE)
        .filter(Q(not_before__isnull=True) | Q(not_before__lte=now))
        .update(status=Status.SENDING, attempts=F("attempts") + 1, updated_at=now)
    )
    if not claimed:
        return "not claimed"
    attempts = delivery.attempts + 1
    try:
        provider_id = _provider_send(delivery)
    except Transient as error:
        return _transient(delivery, attempts, error, now)
    except Permanent as error:
        _failed(delivery, error)
        return "failed"
    _update(
        delivery_id,
        [Status.SENDING],
        status=Status.SENT,
        sent_at=timezone.now(),
        provider_id=str(provider_id or "")[:100],
        error="",
    )
    return "sent"


def _transient(delivery, attempts, error, now):
    if attempts >= settings.MESSAGING_MAX_ATTEMPTS:
        _update(delivery.pk, [Status.SENDING], status=Status.FAILED, error=str(error)[:2000])
        return "failed"
    wait = error.retry_after if error.retry_after else backoff(attempts)
    _update(
        delivery.pk,
        [Status.SENDING],
        status=Status.QUEUED,
        error=str(error)[:2000],
        not_before=now + timedelta(seconds=wait),
    )
    return ("retry", wait)


def _failed(delivery, error):
    from .telegram.client import Blocked

    _update(
        delivery.pk,
        [Status.SENDING],
        status=Status.FAILED,
        error=str(error)[:2000],
        reason="blocked" if isinstance(error, Blocked) else "refused",
    )
    if isinstance(error, Blocked):
        from . import contacts

        contacts.stop_chat(delivery.contact.address, reason="blocked the bot")


def due(now, grace, limit=1000):
    """Rows to (re)queue: held ones whose morning came, queued ones whose
    task was lost (older than ``grace``) or whose retry time came."""
    rows = Delivery.objects.filter(
        Q(status=Status.HELD, not_before__lte=now)
        | Q(status=Status.QUEUED, not_before__isnull=True, created_at__lte=now - grace)
        | Q(status=Status.QUEUED, not_before__lte=now - grace)
    )
    return rows.order_by("not_before", "pk").values_list("pk", "channel")[:limit]
