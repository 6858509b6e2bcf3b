"""placeholder, replaced by wt-sms: what every SMS provider offers."""


class Provider:
    name = "base"
    rate_limit = "10/s"

    def send(self, phone, text):
        """Send ``text`` to ``phone``; the provider's message id. Raises
        ``messaging.errors.Transient`` or ``Permanent``."""
        raise NotImplementedError


class Console(Provider):
    """Writes the message to the log: for development."""

    name = "console"

    def send(self, phone, text):
        import logging
        import uuid

        logging.getLogger(__name__).info("SMS to %s: %s", phone[-4:], text)
        return uuid.uuid4().hex
