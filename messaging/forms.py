"""The forms of "Where we send reminders" on My academy."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from . import phones
from .channels import MESSENGERS


class PhoneForm(forms.Form):
    """A number for SMS, and the consent to messages there (both needed)."""

    phone = forms.CharField(
        label=_("Mobile phone number"),
        help_text=_("We send a code to it by SMS: messages go there once you enter the code."),
        max_length=32,
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel", "size": 18}
        ),
    )
    consent = forms.BooleanField(
        label=_(
            "Send my session confirmations, reminders and notices to this number by SMS. "
            "I can stop it at any time here or under “My data”."
        ),
        required=True,
        error_messages={"required": _("Tick the box to get messages by SMS.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("prefix", "sms")
        super().__init__(*args, **kwargs)

    def clean_phone(self):
        try:
            return phones.normalise(self.cleaned_data["phone"])
        except ValueError as error:
            raise forms.ValidationError(str(error)) from error


class CodeForm(forms.Form):
    """The code of the SMS that proves the number (``phone_codes``); the
    label names the number, masked, that it went to."""

    code = forms.CharField(
        max_length=64,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "size": 8,
            }
        ),
        error_messages={
            "required": _("Enter the code from the SMS."),
            "max_length": _("Enter the 6 digits of the code from the SMS."),
        },
    )

    def __init__(self, *args, masked="", minutes=15, **kwargs):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("prefix", "sms")
        super().__init__(*args, **kwargs)
        self.fields["code"].label = _("Enter the code we sent to %(phone)s") % {"phone": masked}
        self.fields["code"].help_text = ngettext_lazy(
            "6 digits. A code works for %(minutes)s minute after it is sent.",
            "6 digits. A code works for %(minutes)s minutes after it is sent.",
            minutes,
        ) % {"minutes": minutes}

    def clean_code(self):
        code = re.sub(r"[\s\-]", "", self.cleaned_data["code"])
        if not re.fullmatch(r"[0-9]{6}", code):
            raise forms.ValidationError(_("Enter the 6 digits of the code from the SMS."))
        return code


class FirstChannelForm(forms.Form):
    first = forms.ChoiceField(choices=[(c.value, c.label) for c in MESSENGERS])
