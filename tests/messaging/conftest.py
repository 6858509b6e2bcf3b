"""The academy's fixtures (a programme, schools, sessions, a parent), and a
parent whose Telegram is linked through the fake Bot API."""

import pytest
from django.test import RequestFactory

from messaging import contacts, links
from messaging.people import Person
from tests.academy.conftest import *  # noqa: F403 - the academy's fixtures
from tests.fakes.sms import smsc_gateway  # noqa: F401 - a fixture (the fake SMSC gateway)

CHAT = 5550001


def link(person, chat_id=CHAT, language="ru"):
    """Link ``person``'s Telegram as /start would (consent recorded)."""
    token = links.new_token(person, language)
    return contacts.link_telegram(RequestFactory().post("/"), token, chat_id)


@pytest.fixture
def linked_parent(parent, fake_telegram):
    """The parent (Russian) with Telegram linked to chat ``CHAT``."""
    link(Person(user=parent))
    return parent
