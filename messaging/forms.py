"""The forms of "Where we send reminders" on My academy."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import phones
from .channels import MESSENGERS


class PhoneForm(forms.Form):
    """A number for SMS, and the consent to messages there (both needed)."""

    phone = forms.CharField(
        label=_("Mobile phone number"),
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


class FirstChannelForm(forms.Form):
    first = forms.ChoiceField(choices=[(c.value, c.label) for c in MESSENGERS])
