"""What every SMS gateway adapter offers the tasks that send.

One small interface, so the task that sends (``messaging.tasks``) neither
knows nor cares which gateway is configured: it calls ``send`` and reads the
two errors of ``messaging.errors``. The rate limit travels with the provider
because it is the gateway's contract (how many requests a second it takes
from one account), not the task's.
"""

from django.conf import settings


class Provider:
    """An SMS gateway. Subclasses set ``name`` and implement ``send``."""

    name = ""

    @property
    def rate_limit(self):
        """Requests allowed, in Celery's notation (``"5/s"``), from SMS_RATE_LIMIT."""
        return settings.SMS_RATE_LIMIT

    def send(self, phone, text):
        """Send ``text`` to ``phone`` (``+7XXXXXXXXXX``) and return the gateway's
        message id, as a string.

        Raises ``messaging.errors.Transient`` when trying again later may help
        (a timeout, a connection refused, a 5xx, the gateway's "too many
        requests"; with ``retry_after`` when the gateway says how long), and
        ``messaging.errors.Permanent`` when it will not (a wrong number, a
        refused text, bad credentials, no money on the account)."""
        raise NotImplementedError
