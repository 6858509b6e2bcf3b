"""Linking, proving, changing and ending a person's channels: the service functions
the webhook and the "My academy" views call.

Every way a channel ends (Unlink, /stop, a chat that blocked the bot) stops
the address and withdraws the channel's consent, so nothing more goes there
until the person links it again.
"""

from django.db import transaction
from django.utils import timezone

from privacy import consents

from . import links, people, phone_codes, phones
from .channels import MESSENGERS, Channel, purpose
from .models import ChannelOrder, Contact


def _stop(rows, reason, now=None):
    return rows.filter(stopped_at__isnull=True).update(
        stopped_at=now or timezone.now(), stop_reason=reason[:200]
    )


def _give(request, person, channel):
    consents.give(request, purpose(channel), user=person.user, email=person.email)


def _withdraw(person, channel):
    consents.withdraw(purpose(channel), user=person.user, email=person.email)


def _replace(person, channel, address, language, now, verified=False):
    """The person's new live address on ``channel``; the old one stops."""
    _stop(Contact.objects.filter(person.rows, channel=channel), "replaced", now)
    return Contact.objects.create(
        **person.owner(),
        channel=channel,
        address=address,
        language=(language or "kk")[:8],
        verified_at=now if verified else None,
    )


def link_telegram(request, token, chat_id, now=None):
    """``/start <token>`` from ``chat_id``: the contact, linked and consented
    (the person pressed Start after reading, on our page or in our letter,
    what the bot sends), or None for a token that is no good."""
    now = now or timezone.now()
    with transaction.atomic():
        row = links.redeem(token, now)
        if row is None:
            return None
        person = people.Person(user=row.user, email=row.email)
        contact = _replace(person, Channel.TELEGRAM, str(chat_id), row.language, now, True)
        _give(request, person, Channel.TELEGRAM)
    return contact


def stop_chat(chat_id, reason="/stop", now=None):
    """The chat asked to stop (or blocked the bot): its contacts stop and
    their people's Telegram consent is withdrawn. The contacts stopped."""
    with transaction.atomic():
        rows = list(
            Contact.objects.select_for_update().filter(
                channel=Channel.TELEGRAM, address=str(chat_id), stopped_at__isnull=True
            )
        )
        for contact in rows:
            _withdraw(people.Person(user=contact.user, email=contact.email), Channel.TELEGRAM)
        _stop(Contact.objects.filter(pk__in=[c.pk for c in rows]), reason, now)
    return rows


def unlink(person, contact_id):
    """The person ends one of their own channels; False if it is not theirs."""
    with transaction.atomic():
        contact = (
            Contact.objects.select_for_update()
            .filter(person.rows, pk=contact_id, stopped_at__isnull=True)
            .first()
        )
        if contact is None:
            return False
        _stop(Contact.objects.filter(pk=contact.pk), "unlinked")
        _withdraw(person, contact.channel)
    return True


def set_phone(request, person, text, language, now=None):
    """The person typed a number for SMS and ticked the consent beside it.

    The number is not used yet: a code goes to it by SMS
    (``phone_codes.send``) and it becomes the person's live SMS contact only
    when the code comes back (``confirm_phone``), so whoever types another's
    number cannot make messages go there. Until then the person's earlier,
    proved number (if any) stays live. Returns the open ``PhoneCheck``, or
    None when this number is the person's proved one already (the consent
    is given again if it was withdrawn; no SMS). Raises ValueError with a
    message for a number that is not one, ``phone_codes.CodeError`` when no
    code could go."""
    phone = phones.normalise(text)
    proved = people.live_contacts(person).get(Channel.SMS)
    if proved is not None and proved.address == phone:
        _give(request, person, Channel.SMS)
        return None
    return phone_codes.send(person, phone, language, now)


def confirm_phone(request, person, code, now=None):
    """The code of the person's open check came back: its number becomes
    their live SMS contact (the earlier one stops) and the SMS consent is
    recorded now, for this number. Raises ``phone_codes.CodeError``."""
    now = now or timezone.now()
    refused = None
    with transaction.atomic():
        try:
            check = phone_codes.prove(person, code, now)
        except phone_codes.CodeError as error:
            refused = error  # raised after the commit: the wrong try stays counted
        else:
            contact = _replace(person, Channel.SMS, check.phone, check.language, now, True)
            _withdraw(person, Channel.SMS)  # the standing tick was for the earlier number
            _give(request, person, Channel.SMS)
    if refused is not None:
        raise refused
    return contact


def set_first(person, channel):
    """The messenger tried first; the other next, e-mail last (it always goes)."""
    channel = Channel(channel)
    if channel not in MESSENGERS:
        raise ValueError(channel)
    order = ",".join([channel, *(c for c in MESSENGERS if c != channel), Channel.EMAIL])
    own = {"user": person.user} if person.user else {"user__isnull": True, "email": person.email}
    with transaction.atomic():
        updated = ChannelOrder.objects.filter(**own).update(order=order)
        if not updated:
            ChannelOrder.objects.create(**person.owner(), order=order)
    return order


def forget_guest(email):
    """A guest's chats, numbers, order, link tokens and message log deleted
    (``privacy.closing.forget_guest``); an account's go with the account."""
    from .models import Delivery, LinkToken, PhoneCheck

    rows = people.Person(email=email).rows
    for model in (Delivery, LinkToken, PhoneCheck, ChannelOrder, Contact):
        model.objects.filter(rows).delete()
