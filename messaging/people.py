"""Who a message is for, and what they have allowed.

A person is an account, or a guest known by the e-mail they registered
with. An account also counts what its e-mail did as a guest (a Telegram
chat linked from a letter before the account existed): the same person, as
``privacy.consents.withdraw`` has it too.
"""

from dataclasses import dataclass

from django.db.models import F, Q

from privacy import consents

from .channels import MESSENGERS, Channel, offered, purpose


@dataclass(frozen=True)
class Person:
    user: object = None
    email: str = ""

    def __post_init__(self):
        email = (self.email or getattr(self.user, "email", "") or "").strip().lower()
        object.__setattr__(self, "email", email)

    @property
    def rows(self):
        """Rows of a model with ``user``/``email`` that belong to this person."""
        condition = Q(user__isnull=True, email=self.email) if self.email else Q(pk__in=[])
        if self.user is not None:
            condition |= Q(user=self.user)
        return condition

    def owner(self):
        """The fields a new row of this person gets."""
        return {"user": self.user, "email": "" if self.user else self.email}

    @property
    def known(self):
        return self.user is not None or bool(self.email)


def for_registration(registration):
    return Person(user=registration.user, email=registration.email)


def for_certificate(certificate):
    return Person(user=certificate.holder)


def consented(person, channel):
    """The person's consent to ``channel`` stands (their account's or, for
    the same e-mail, the guest's)."""
    wanted = purpose(channel)
    if person.user is not None and consents.allows(wanted, user=person.user):
        return True
    return bool(person.email) and consents.allows(wanted, email=person.email)


def live_contacts(person):
    """The person's live, proved addresses by channel (the newest if, across
    account and guest, there are two). A number is proved by the code sent to
    it (``phone_codes``), a chat by /start; a number saved before codes
    existed, never proved, is not used."""
    from .models import Contact

    rows = Contact.objects.filter(
        person.rows, stopped_at__isnull=True, verified_at__isnull=False
    ).order_by("linked_at")
    return {Channel(contact.channel): contact for contact in rows}


def order(person):
    from .models import ChannelOrder

    row = (
        ChannelOrder.objects.filter(person.rows)
        .order_by(F("user_id").desc(nulls_last=True))
        .first()
    )
    return row.channels if row else [Channel.TELEGRAM, Channel.SMS, Channel.EMAIL]


def chosen_channel(person):
    """The first channel in the person's order, besides e-mail, that this
    site offers, that has a live address, and that has the person's consent:
    ``(channel, contact)``, or ``(None, None)`` for e-mail alone."""
    if not person.known:
        return None, None
    contacts = live_contacts(person)
    for channel in order(person):
        usable = channel in MESSENGERS and channel in contacts and offered(channel)
        if usable and consented(person, channel):
            return channel, contacts[channel]
    return None, None
