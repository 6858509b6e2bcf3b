"""What a channel's provider answers when a message did not go.

Every channel (Telegram, an SMS gateway) raises one of these two, so the
tasks that send decide the same way: a ``Transient`` failure is tried again
(after ``retry_after`` seconds when the provider said so, as Telegram's 429
does), a ``Permanent`` one is written to the delivery log and not retried.
"""


class DeliveryError(Exception):
    """The message did not go; ``str(error)`` says why, for the log."""


class Transient(DeliveryError):
    """Worth trying again: the provider was busy, down or limited us."""

    def __init__(self, message, retry_after=None):
        super().__init__(message)
        self.retry_after = retry_after  # seconds the provider asked us to wait, or None


class Permanent(DeliveryError):
    """Trying again will not help: a wrong number, a chat that blocked the bot."""
