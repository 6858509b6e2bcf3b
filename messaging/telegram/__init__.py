"""Telegram: the Bot API client (``client``), what the bot answers to the
updates Telegram posts to our webhook (``updates``), and its replies'
wording (``replies``)."""
