"""Background work of messages: make the rows, send them, sweep.

Tasks take ids and are safe to run twice: rows are made once by their
``dedupe_key`` and sent once by their claim (``sending``). Each channel has
its own sending task with Celery's ``rate_limit``, which holds **per worker
process**: with N worker processes consuming the ``mail`` queue the bot may
send N times ``TELEGRAM_RATE_LIMIT``; set it to Telegram's ~30/s divided by
the processes (README, "Telegram"). A Telegram 429 is honoured anyway: the
row waits ``retry_after`` seconds and the task retries then.
"""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from . import dispatch, sending
from .channels import Channel


def _sms_rate_limit():
    try:
        from . import sms

        return sms.provider().rate_limit
    except Exception:  # a provider misconfigured must not stop the worker from starting
        return "1/s"


@shared_task
def queue_registration_message(registration_id, kind):
    delivery = dispatch.for_registration(registration_id, kind)
    return delivery.pk if delivery else None


@shared_task
def queue_certificate_message(certificate_id):
    delivery = dispatch.for_certificate(certificate_id)
    return delivery.pk if delivery else None


def _send(task, delivery_id):
    outcome = sending.send(delivery_id)
    if isinstance(outcome, tuple):
        # Transient: the row is queued again with ``not_before``; try then. In
        # process (no broker) a retry would run at once or fail the request
        # that queued it: the sweep (``send_due``) sends it when its time comes.
        if task.request.is_eager:
            return outcome[0]
        raise task.retry(countdown=outcome[1], max_retries=settings.MESSAGING_MAX_ATTEMPTS)
    return outcome


@shared_task(bind=True, rate_limit=settings.TELEGRAM_RATE_LIMIT, max_retries=None)
def send_telegram(self, delivery_id):
    return _send(self, delivery_id)


@shared_task(bind=True, rate_limit=_sms_rate_limit(), max_retries=None)
def send_sms(self, delivery_id):
    return _send(self, delivery_id)


def sender(channel):
    return {Channel.TELEGRAM: send_telegram, Channel.SMS: send_sms}[Channel(channel)]


@shared_task
def send_due():
    """Every minute (beat): queue held rows whose quiet hours ended and
    queued rows whose task was lost or whose retry time came."""
    now = timezone.now()
    grace = timedelta(seconds=settings.TASK_SWEEP_GRACE_SECONDS)
    count = 0
    for delivery_id, channel in sending.due(now, grace):
        sender(channel).delay(delivery_id)
        count += 1
    return count


@shared_task
def remove_old_link_tokens():
    """Daily (beat): Telegram link tokens a day past their expiry, used or
    not. Every confirmation letter makes one while a bot is configured."""
    from .models import LinkToken

    return LinkToken.objects.filter(expires_at__lt=timezone.now() - timedelta(days=1)).delete()[0]


@shared_task
def remove_old_phone_checks():
    """Daily (beat): codes sent more than a day ago, proved or not. The
    section stops asking for them after a day, and the hour's count of
    codes needs only the last hour; the number of a proved one is in its
    ``Contact``."""
    from .models import PhoneCheck

    cutoff = timezone.now() - timedelta(days=1)
    return PhoneCheck.objects.filter(created_at__lt=cutoff).delete()[0]
