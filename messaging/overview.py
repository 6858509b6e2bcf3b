"""What "Where we send reminders" on My academy shows a person."""

from django.urls import reverse

from . import people, phones
from .channels import Channel, sms_offered, telegram_offered
from .forms import PhoneForm


def _urls(token):
    def url(name, *args):
        if token:
            return reverse(f"messaging:guest_{name}", args=[token, *args])
        return reverse(f"messaging:{name}", args=args)

    return {
        "telegram_link": url("telegram_link"),
        "phone": url("phone"),
        "first": url("first"),
        "unlink": lambda pk: url("unlink", pk),
    }


def channels(person, token=None, phone_form=None):
    """The person's channels: Telegram and SMS when offered, each with its
    live, consented address (or None), the channel tried first, the forms'
    addresses (the guest's go through their signed link)."""
    if not (telegram_offered() or sms_offered()):
        return None
    contacts = people.live_contacts(person)
    live = {
        channel: contact
        for channel, contact in contacts.items()
        if people.consented(person, channel)
    }
    urls = _urls(token)
    telegram, sms = live.get(Channel.TELEGRAM), live.get(Channel.SMS)
    first = next((c for c in people.order(person) if c != Channel.EMAIL), Channel.TELEGRAM)
    return {
        "telegram_offered": telegram_offered(),
        "sms_offered": sms_offered(),
        "telegram": telegram,
        "telegram_unlink": urls["unlink"](telegram.pk) if telegram else "",
        "sms": sms,
        "sms_masked": phones.mask(sms.address) if sms else "",
        "sms_unlink": urls["unlink"](sms.pk) if sms else "",
        "phone_form": phone_form or PhoneForm(),
        "both": telegram_offered() and sms_offered(),
        "first": str(first),
        "urls": {k: v for k, v in urls.items() if k != "unlink"},
    }
