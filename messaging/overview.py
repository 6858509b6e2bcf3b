"""What "Where we send reminders" on My academy shows a person."""

from django.conf import settings
from django.urls import reverse

from . import people, phone_codes, phones
from .channels import Channel, sms_offered, telegram_offered
from .forms import CodeForm, PhoneForm


def _urls(token):
    def url(name, *args):
        if token:
            return reverse(f"messaging:guest_{name}", args=[token, *args])
        return reverse(f"messaging:{name}", args=args)

    return {
        "telegram_link": url("telegram_link"),
        "phone": url("phone"),
        "phone_code": url("phone_code"),
        "phone_resend": url("phone_resend"),
        "first": url("first"),
        "unlink": lambda pk: url("unlink", pk),
    }


def code_form(check, data=None):
    """The form asking for the code of ``check``, its label naming the number."""
    masked = phones.mask(check.phone) if check else ""
    return CodeForm(data, masked=masked, minutes=settings.PHONE_CODE_TTL_MINUTES)


def _proof(person, form):
    """The number waiting for its code, masked, and the form that asks for it."""
    check = phone_codes.pending(person) if sms_offered() else None
    if check is None:
        return {"pending": None, "pending_masked": "", "code_form": None}
    return {
        "pending": check,
        "pending_masked": phones.mask(check.phone),
        "code_form": form or code_form(check),
    }


def channels(person, token=None, phone_form=None, code_form=None):
    """The person's channels: Telegram and SMS when offered, each with its
    live, consented address (or None), the number waiting for its code and
    the form for it, the channel tried first, the forms' addresses (the
    guest's go through their signed link)."""
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
        **_proof(person, code_form),
        "both": telegram_offered() and sms_offered(),
        "first": str(first),
        "urls": {k: v for k, v in urls.items() if k != "unlink"},
    }
