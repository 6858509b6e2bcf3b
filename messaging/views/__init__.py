"""Telegram's webhook (``webhook``) and a person's own channels on "My
academy" (``channels``)."""
