"""The academy's fixtures (a programme, schools, sessions, a parent), a
parent whose Telegram is linked through the fake Bot API, and a number
proved by the code the console SMS provider "sent"."""

import re

import pytest
from django.test import RequestFactory

from messaging import contacts, links, phones
from messaging.people import Person
from messaging.sms import console
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


def last_code(phone=None):
    """The code of the newest SMS in the console provider's outbox (to ``phone``)."""
    sent = [m for m in console.outbox if phone is None or m["phone"] == phones.normalise(phone)]
    return code_in(sent[-1]["text"])


def code_in(text):
    return re.search(r"\b([0-9]{6})\b", text).group(1)


def prove(person, phone="+77012345678", language="ru"):
    """Save ``phone`` for ``person`` and give back the code sent to it, as
    the person would on My academy: the SMS contact, live and consented."""
    request = RequestFactory().post("/")
    contacts.set_phone(request, person, phone, language)
    return contacts.confirm_phone(request, person, last_code(phone))


@pytest.fixture(autouse=True)
def sms_outbox():
    """The console provider's outbox, empty for each test."""
    console.outbox.clear()
    yield console.outbox
    console.outbox.clear()
